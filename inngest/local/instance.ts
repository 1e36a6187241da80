import { createLocalRunner, type LocalRunner, type LocalRunnerOptions } from "./runner";
import { jobDefinitions } from "../jobs";

const holder = globalThis as typeof globalThis & { __talksmithRunner?: LocalRunner };

/** The process's runner (started by instrumentation in the server, by tests explicitly). */
export function localRunner(options: Partial<LocalRunnerOptions> = {}): LocalRunner {
  holder.__talksmithRunner ??= createLocalRunner({ definitions: jobDefinitions, ...options });
  return holder.__talksmithRunner;
}

export function replaceLocalRunner(runner: LocalRunner | undefined) {
  holder.__talksmithRunner = runner;
}

export function wakeLocalRunner() {
  holder.__talksmithRunner?.wake();
}
