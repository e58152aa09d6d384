/** Partial dates ('2023', '2023-04', '2023-04-01') as the first or last day they can mean, for comparing periods. */
export function earliestDay(date: string): string | undefined {
  const [year, month = "01", day = "01"] = date.split("-");
  return year && /^\d{4}$/.test(year) ? `${year}-${month}-${day}` : undefined;
}

export function latestDay(date: string): string | undefined {
  const [year, month, day] = date.split("-");
  if (!year || !/^\d{4}$/.test(year)) return undefined;
  if (day) return `${year}-${month}-${day}`;
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, "0")}`;
  }
  return `${year}-12-31`;
}
