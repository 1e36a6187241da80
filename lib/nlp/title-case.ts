const SMALL = /^(a|an|the|and|or|of|to|in|on|for|with|at|by|from|vs)$/i;

/** "success plan" → "Success Plan"; words already capitalised ("QBR", "iPhone") are kept. */
export const titleCase = (s: string) =>
  s
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && SMALL.test(w) ? w.toLowerCase() : /[A-Z]/.test(w) ? w : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
