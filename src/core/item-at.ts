/**
 * `list[index]` for an index that comes from the list itself (a loop bound, a position map, a
 * search over it). Out of range is then a defect in ogp, not in the plans: it throws at once
 * rather than hand `undefined` on to fail somewhere less clear.
 */
export function itemAt<T>(list: ArrayLike<T>, index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`index ${index} is outside a list of ${list.length}`);
  return item;
}
