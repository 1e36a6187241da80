/** Monthly billing periods anchored on the workspace's periodStart day. */
export function currentPeriod(anchor: Date, now = new Date()): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, anchor.getUTCHours(), anchor.getUTCMinutes()));
  const day = Math.min(anchor.getUTCDate(), daysIn(start.getUTCFullYear(), start.getUTCMonth()));
  start.setUTCDate(day);
  if (start > now) {
    start.setUTCMonth(start.getUTCMonth() - 1);
    start.setUTCDate(Math.min(anchor.getUTCDate(), daysIn(start.getUTCFullYear(), start.getUTCMonth())));
  }
  const end = new Date(start);
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + 1);
  end.setUTCDate(Math.min(anchor.getUTCDate(), daysIn(end.getUTCFullYear(), end.getUTCMonth())));
  return { start, end };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
