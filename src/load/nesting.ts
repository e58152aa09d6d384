/** Depth of the deepest nesting in plain data, counted iteratively (no recursion, so no stack overflow); stops past `limit`. */
export function deepestNesting(data: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
