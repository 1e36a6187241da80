// TextRank: units are nodes, content-word overlap is the edge weight, PageRank the centrality.
// Edges only within a window keep a one-hour transcript linear instead of quadratic.

const WINDOW = 80;

function similarity(a: Set<string>, b: Set<string>) {
  if (a.size < 2 || b.size < 2) return 0;
  let overlap = 0;
  for (const x of a) if (b.has(x)) overlap++;
  return overlap / (Math.log(a.size) + Math.log(b.size));
}

export function textRank(contents: Set<string>[], iterations = 30, damping = 0.85): number[] {
  const n = contents.length;
  if (!n) return [];
  const edges: { to: number; w: number }[][] = contents.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + WINDOW); j++) {
      const w = similarity(contents[i], contents[j]);
      if (w > 0) {
        edges[i].push({ to: j, w });
        edges[j].push({ to: i, w });
      }
    }
  }
  const outWeight = edges.map((list) => list.reduce((s, e) => s + e.w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      if (!outWeight[i]) continue;
      const share = (damping * rank[i]) / outWeight[i];
      for (const e of edges[i]) next[e.to] += share * e.w;
    }
    rank = next;
  }
  const max = Math.max(...rank);
  const min = Math.min(...rank);
  return rank.map((r) => (max > min ? (r - min) / (max - min) : 0));
}
