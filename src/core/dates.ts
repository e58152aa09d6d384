const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Why a partial date ('2023', '2023-04', '2023-04-01') is not a real date, or undefined when it
 * is one: the schema's pattern accepts 2025-02-30, the calendar does not.
 */
export function impossibleDate(date: string): "notADate" | "noSuchMonth" | "noSuchDay" | undefined {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return "notADate";
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return "noSuchMonth";
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month)))) return "noSuchDay";
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Partial dates as the first or last day they can mean, for comparing periods; undefined for a
 * value that is not a real date, so that a rule comparing periods says nothing about it (the
 * schema reports it once).
 */
export function earliestDay(date: string): string | undefined {
  if (impossibleDate(date)) return undefined;
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}`;
}

export function latestDay(date: string): string | undefined {
  if (impossibleDate(date)) return undefined;
  const [year, month, day] = date.split("-");
  if (day) return `${year}-${month}-${day}`;
  if (month) return `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, "0")}`;
  return `${year}-12-31`;
}
