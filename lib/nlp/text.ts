// Small text helpers shared by extraction and generation.

export const words = (s: string) => s.split(/\s+/).filter(Boolean);

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whole-word, case-insensitive test ("plan" does not match "planning"). */
export const containsPhrase = (text: string, phrase: string) => new RegExp(`(^|[^\\w'])${escapeRegExp(phrase)}($|[^\\w'])`, "i").test(text);

export function jaccard(a: Set<string>, b: Set<string>) {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export const wordSet = (s: string) => new Set(words(s.toLowerCase().replace(/[^\w' ]/g, " ")));

/** Deterministic pseudo-random generator: quiz choice order must not change between runs. */
export function seeded(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function hashString(s: string) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export const unique = <T>(items: T[], key: (item: T) => string = String) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item).toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
