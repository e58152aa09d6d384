/** A TargetResult or ActualResult of a performance indicator, as kept under data.stratml.measurementInstances. */
export interface ResultData {
  startDate?: string;
  endDate?: string;
  numberOfUnits?: string;
  descriptor?: { name?: string; value?: string };
  description?: string;
}

export interface MeasurementInstance {
  targetResults?: ResultData[];
  actualResults?: ResultData[];
}

/** One line for a result, as the plan's `target` or `actual` shows it: "25 Countries, Level: High: text (2020-01-01 to 2020-12-31)". */
export function resultText(result: ResultData, unit?: string): string {
  const parts: string[] = [];
  if (result.numberOfUnits) parts.push(unit ? `${result.numberOfUnits} ${unit}` : result.numberOfUnits);
  if (result.descriptor) parts.push([result.descriptor.name, result.descriptor.value].filter(Boolean).join(": "));
  if (result.description) parts.push(result.description);
  const period = result.startDate || result.endDate ? `${result.startDate ?? "..."} to ${result.endDate ?? "..."}` : "";
  const text = parts.filter(Boolean).join(", ");
  return period ? (text ? `${text} (${period})` : period) : text;
}
