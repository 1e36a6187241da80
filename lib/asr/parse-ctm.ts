import type { Word } from "@/lib/transcripts/model";

/** Sentence marks, silence, noises ([NOISE], ++BREATH++) and the like are not words anyone said. */
const filler = /^(<s>|<\/s>|<sil>|\[.*\]|\+\+.*\+\+)$/;

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Words from pocketsphinx CTM output ("utt channel start duration word confidence"), each
 * utterance's times moved by its offset in the file. Pronunciation variants ("read(2)") lose
 * their suffix.
 */
export function parseCtm(ctm: string, offsets: ReadonlyMap<string, number>): Word[] {
  const words: Word[] = [];
  for (const line of ctm.split("\n")) {
    const m = /^(\S+)\s+\S+\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\S+)(?:\s+(-?\d+(?:\.\d+)?))?\s*$/.exec(line.trim());
    if (!m || filler.test(m[4])) continue;
    const offset = offsets.get(m[1]) ?? 0;
    const start = round(offset + Number(m[2]));
    const confidence = m[5] === undefined ? null : Math.min(1, Math.max(0, Number(m[5])));
    words.push({ text: m[4].replace(/\(\d+\)$/, ""), start, end: round(start + Number(m[3])), confidence });
  }
  return words.sort((a, b) => a.start - b.start);
}
