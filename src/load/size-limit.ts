/**
 * The sizes the size-limit message shows, each in the unit that reads best: a file just over the
 * 256 KiB limit (LIMITS.maxBytes) is "257 KiB" (in MiB with one decimal both would read "0.5"), a large one
 * "7.0 MiB". Kilobytes round up, so a file over the limit never shows as the limit itself.
 */
export function sizeLimitData(size: number, limit: number): { size: string; limit: string } {
  return { size: shownSize(size), limit: shownSize(limit) };
}

function shownSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
