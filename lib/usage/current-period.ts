/** Monthly billing periods anchored on the workspace's periodStart day (clamped to short months). */
export function currentPeriod(anchor: Date, now = new Date()): { start: Date; end: Date } {
  const at = (year: number, month: number) => {
    const first = new Date(Date.UTC(year, month, 1));
    const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(anchor.getUTCDate(), days), anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds()));
  };
  const year = now.getUTCFullYear();
  let month = now.getUTCMonth();
  let start = at(year, month);
  if (start > now) {
    month -= 1;
    start = at(year, month);
  }
  return { start, end: at(year, month + 1) };
}
