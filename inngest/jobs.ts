import type { JobDefinition } from "./define-job";

/** Every background job, for both runners. Filled in as job modules are added. */
export function jobDefinitions(): JobDefinition<never>[] {
  return [];
}
