export interface BillingPeriod {
  start: Date;
  end: Date;
}

/**
 * Monthly billing periods anchored on the workspace's periodStart: the same day and time each
 * month, clamped to the month's last day (an anchor on the 31st renews on Feb 28th).
 */
export function currentPeriod(workspace: { periodStart: Date } | Date, now: Date = new Date()): BillingPeriod {
  const anchor = workspace instanceof Date ? workspace : workspace.periodStart;
  const at = (year: number, month: number) => {
    const first = new Date(Date.UTC(year, month, 1));
    const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(anchor.getUTCDate(), days), anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds(), anchor.getUTCMilliseconds()));
  };
  if (now < anchor) return { start: anchor, end: at(anchor.getUTCFullYear(), anchor.getUTCMonth() + 1) };
  let month = now.getUTCMonth();
  let start = at(now.getUTCFullYear(), month);
  if (start > now) start = at(now.getUTCFullYear(), --month);
  return { start, end: at(now.getUTCFullYear(), month + 1) };
}
