// Small helpers for writing HTML as strings, with every text escaped once, here.

export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** JSON text made safe inside a <script> element: no '</script>', no HTML comment openers, no line separators. */
export function scriptJson(json: string): string {
  return json.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}


/** Istanbul's watermarks: below the first percent is low, below the second medium, else high. */
export type Bands = readonly [number, number];
export const DEFAULT_BANDS: Bands = [50, 80];

export function bandOf(percent: number, bands: Bands): "low" | "medium" | "high" {
  return percent < bands[0] ? "low" : percent < bands[1] ? "medium" : "high";
}
