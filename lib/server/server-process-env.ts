/**
 * The environment `next start`/`next dev` runs with. glibc gives every thread that allocates a
 * malloc arena of its own; with the render and database threads, freed native memory is then
 * spread over many arenas and RSS stays high. Two arenas keep an export's growth at a third.
 * Set MALLOC_ARENA_MAX to override.
 */
export function serverProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || "2" };
}
