// Makes sure the Debian packages Talksmith needs are installed: with apt-get when root,
// otherwise by printing the exact command. `--test` adds what the test suite needs.
import { spawnSync } from "node:child_process";

const runtime = { ffmpeg: "ffmpeg", ffprobe: "ffmpeg", pocketsphinx_continuous: "pocketsphinx", "/usr/share/pocketsphinx/model/en-us/en-us": "pocketsphinx-en-us" };
const testing = { chromium: "chromium", pdftotext: "poppler-utils", "espeak-ng": "espeak-ng", sox: "sox", unzip: "unzip" };

const present = (what) => (what.startsWith("/") ? spawnSync("test", ["-e", what]).status === 0 : spawnSync("sh", ["-c", `command -v ${what}`]).status === 0);

export function ensureSystem({ forTests = false } = {}) {
  const wanted = { ...runtime, ...(forTests ? testing : {}) };
  const missing = [...new Set(Object.entries(wanted).filter(([what]) => !present(what)).map(([, pkg]) => pkg))];
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  if (process.getuid?.() !== 0) {
    console.error(`Talksmith needs these Debian packages: ${missing.join(", ")}.\nInstall them with:\n  sudo ${command}`);
    return false;
  }
  console.log(`Installing Debian packages: ${missing.join(", ")} …`);
  const result = spawnSync("sh", ["-c", command], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (result.status !== 0) {
    console.error(`Could not install ${missing.join(", ")}. Run as root:\n  ${command}`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureSystem({ forTests: process.argv.includes("--test") }) ? 0 : 1);
}
