// The baseline for bench/api.mjs: a bare route handler returning constant JSON, in the same
// server. It answers 404 unless the server was started with TALKSMITH_BENCH=1.
export const GET = () =>
  process.env.TALKSMITH_BENCH === "1" ? Response.json({ ok: true, id: 42, title: "Client onboarding SOP" }) : Response.json({ error: { code: "not_found" } }, { status: 404 });
