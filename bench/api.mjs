// bench/api.mjs — authenticated GET /api/v1/jobs/:id against a bare route handler returning
// constant JSON, same server, same run. Prints req/s, the ratio and latency percentiles at
// 10 and 50 connections. Goal: ratio ≥ 0.6; at 10 connections p99 ≤ 2× the bare route's p99.
// Run: node bench/api.mjs   (needs a production build: npx next build)
import autocannon from "autocannon";
import { adminKey, startServer } from "./lib.mjs";

const port = Number(process.env.BENCH_PORT ?? 3210);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const server = await startServer(port, { TALKSMITH_BENCH: "1", TALKSMITH_RATE_LIMIT: "100000000" });
try {
  const key = await adminKey(server.base);
  const transcript = "Alice: Welcome to the team. Your first task is to set up your account.\nBob: Then open the onboarding checklist and book a call with your manager.";
  const job = await (await fetch(`${server.base}/api/v1/jobs`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: JSON.stringify({ title: "Bench job", kitId: "onboarding_kit", transcript, autoRun: true }) })).json();
  for (let i = 0; i < 60; i++) {
    const j = await (await fetch(`${server.base}/api/v1/jobs/${job.id}`, { headers: { Authorization: `Bearer ${key}` } })).json();
    if (j.status === "review") break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const run = (url, connections, headers = {}) =>
    new Promise((resolve, reject) => autocannon({ url, connections, duration, headers }, (err, res) => (err ? reject(err) : resolve(res))));
  const rows = [];
  for (const connections of [10, 50]) {
    await run(`${server.base}/api/bench-bare`, connections); // warm-up
    const bare = await run(`${server.base}/api/bench-bare`, connections);
    const ours = await run(`${server.base}/api/v1/jobs/${job.id}`, connections, { Authorization: `Bearer ${key}` });
    if (ours.non2xx) throw new Error(`${ours.non2xx} non-2xx answers from /jobs/:id`);
    rows.push({ connections, bare, ours });
  }
  console.log(`\nGET /api/v1/jobs/${job.id} (API key, job with transcript, moments, quotes and a 6-asset kit) vs bare route, ${duration} s each\n`);
  console.log("conns | route      | req/s   | p50 ms | p99 ms");
  for (const { connections, bare, ours } of rows) {
    for (const [name, r] of [["bare", bare], ["jobs/:id", ours]]) console.log(`${String(connections).padStart(5)} | ${name.padEnd(10)} | ${String(Math.round(r.requests.average)).padStart(7)} | ${String(r.latency.p50).padStart(6)} | ${String(r.latency.p99).padStart(6)}`);
    console.log(`      | ratio ${(ours.requests.average / bare.requests.average).toFixed(2)} (goal ≥ 0.6) · p99 ${ours.latency.p99} ms vs bare ${bare.latency.p99} ms (${(ours.latency.p99 / Math.max(1, bare.latency.p99)).toFixed(2)}×)`);
  }
} finally {
  server.stop();
}
