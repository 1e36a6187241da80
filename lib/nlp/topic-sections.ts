// Contiguous topic sections, TextTiling-style: lexical cohesion between the units before and
// after each gap; the deepest valleys become section boundaries.
import type { AnalyzedUnit } from "./analyze";

const BLOCK = 4;

function cohesion(units: AnalyzedUnit[], gap: number) {
  const left = new Map<string, number>();
  const right = new Map<string, number>();
  for (let i = Math.max(0, gap - BLOCK); i < gap; i++) for (const w of units[i].content) left.set(w, (left.get(w) ?? 0) + 1);
  for (let i = gap; i < Math.min(units.length, gap + BLOCK); i++) for (const w of units[i].content) right.set(w, (right.get(w) ?? 0) + 1);
  let dot = 0;
  for (const [w, c] of left) dot += c * (right.get(w) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, c) => s + c * c, 0));
  const d = norm(left) * norm(right);
  return d ? dot / d : 0;
}

/** Splits units into at most `count` sections of at least `minUnits` units each, in order. */
export function topicSections(units: AnalyzedUnit[], count: number, minUnits = 3): AnalyzedUnit[][] {
  if (!units.length) return [];
  const wanted = Math.max(1, Math.min(count, Math.floor(units.length / minUnits)));
  if (wanted === 1) return [units];
  const scores = units.map((_u, gap) => (gap === 0 ? 1 : cohesion(units, gap)));
  // Depth: how far the cohesion dips below the peaks on either side. A speaker change after a
  // question (a new topic raised) deepens the valley a little.
  const depth = scores.map((s, gap) => {
    if (gap < minUnits || gap > units.length - minUnits) return -1;
    let l = s;
    for (let i = gap - 1; i >= 1 && scores[i] >= l; i--) l = scores[i];
    let r = s;
    for (let i = gap + 1; i < scores.length && scores[i] >= r; i++) r = scores[i];
    const speakerTurn = units[gap].speaker !== units[gap - 1].speaker ? 0.05 : 0;
    return l - s + (r - s) + speakerTurn;
  });
  // Each cut is the deepest valley near its even share, so sections stay comparable in size.
  const cuts: number[] = [];
  const share = units.length / wanted;
  const reach = Math.max(1, Math.floor(share / 2.5));
  for (let k = 1; k < wanted; k++) {
    const ideal = Math.round(share * k);
    let best = -1;
    for (let gap = ideal - reach; gap <= ideal + reach; gap++) {
      if (depth[gap] === undefined || depth[gap] < 0 || gap - (cuts[cuts.length - 1] ?? 0) < minUnits) continue;
      if (best < 0 || depth[gap] > depth[best] || (depth[gap] === depth[best] && Math.abs(gap - ideal) < Math.abs(best - ideal))) best = gap;
    }
    if (best > 0) cuts.push(best);
  }
  cuts.sort((a, b) => a - b);
  const sections: AnalyzedUnit[][] = [];
  let from = 0;
  for (const cut of [...cuts, units.length]) {
    sections.push(units.slice(from, cut));
    from = cut;
  }
  return sections;
}
