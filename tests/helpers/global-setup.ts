// Builds the migrated PGlite template once per run; each test file then loads a private copy.
import { buildPgliteTemplate } from "./test-db";

export default async function setup() {
  await buildPgliteTemplate();
}
