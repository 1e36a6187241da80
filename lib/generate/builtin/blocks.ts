import type { Block } from "@/lib/documents/model";
import { unique } from "@/lib/nlp/text";

export const heading = (text: string, level: 1 | 2 | 3 = 2): Block => ({ type: "heading", level, text });
export const paragraph = (text: string): Block => ({ type: "paragraph", text });
export const bullets = (items: string[]): Block => ({ type: "bullets", items: unique(items.filter(Boolean)) });
export const steps = (items: string[]): Block => ({ type: "steps", items: unique(items.filter(Boolean)) });
export const callout = (text: string): Block => ({ type: "callout", text });

export const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, "0")}`;

export function joinList(items: string[]) {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
