// Action items: every instruction in the recording, rewritten as a task, in spoken order.
import type { Analysis } from "@/lib/nlp/analyze";
import { isInstruction } from "@/lib/nlp/is-instruction";
import { toTask } from "@/lib/nlp/to-task";
import { jaccard, wordSet } from "@/lib/nlp/text";

export function findActionItems(analysis: Analysis, max = 25): string[] {
  const tasks: string[] = [];
  for (const u of analysis.units) {
    if (tasks.length >= max) break;
    if (!isInstruction(u.text, u.pos[0])) continue;
    const task = toTask(u.text);
    if (!task || /^(be|get|have)\s+(able|ready|sure|used)\b/i.test(task) || tasks.some((t) => jaccard(wordSet(t), wordSet(task)) > 0.6)) continue;
    tasks.push(task);
  }
  return tasks;
}
