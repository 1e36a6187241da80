// Small text helpers shared by extraction and generation.

export const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Speech-recogniser output has no capitals or punctuation; make a unit read like a sentence. */
export function sentenceCase(s: string): string {
  let t = s.trim().replace(/\s+/g, " ");
  if (!t) return t;
  t = t.replace(/\bi\b/g, "I").replace(/\bi'(m|ve|ll|d)\b/gi, (_m, x: string) => `I'${x.toLowerCase()}`);
  t = t[0].toUpperCase() + t.slice(1);
  if (!/[.!?…]["')\]]?$/.test(t)) t += looksLikeQuestion(t) ? "?" : ".";
  return t;
}

export function looksLikeQuestion(s: string) {
  return /\?\s*$/.test(s) || /^(how|what|why|when|where|who|which|can|could|should|would|do|does|did|is|are|will)\b/i.test(s.trim());
}

export const titleCase = (s: string) =>
  s
    .split(" ")
    .map((w, i) => (i > 0 && /^(a|an|the|and|or|of|to|in|on|for|with|at|by)$/i.test(w) ? w.toLowerCase() : w[0] ? w[0].toUpperCase() + w.slice(1) : w))
    .join(" ");

/** Shortens to at most n words on a word boundary, with an ellipsis when cut. */
export function clip(s: string, n: number) {
  const w = words(s);
  if (w.length <= n) return s.trim();
  return `${w.slice(0, n).join(" ").replace(/[,;:.]$/, "")}…`;
}

export function stripLeadIn(s: string) {
  return s.replace(/^(so|and|but|then|now|okay|ok|well|right|also|um+|uh+|like)[,\s]+/i, "").replace(/^(so|and|then|now)[,\s]+/i, "");
}

/** Deterministic pseudo-random generator (quiz choice order must not change between runs). */
export function seeded(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function jaccard(a: Set<string>, b: Set<string>) {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
