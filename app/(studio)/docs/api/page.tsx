import { openApiDocument } from "@/lib/api/openapi";
import { config } from "@/lib/config";
import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { PageHeader } from "@/components/ui/page-header";
import { CopyButton } from "@/components/ui/copy-button";

export const metadata = { title: "API reference" };

type Operation = { summary?: string; description?: string; tags?: string[]; "x-scopes"?: string[]; security?: Record<string, unknown>[]; requestBody?: { content?: Record<string, unknown> }; parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[] };
const methodTone: Record<string, string> = { get: "bg-sky-100 text-sky-900", post: "bg-emerald-100 text-emerald-900", put: "bg-amber-100 text-amber-900", patch: "bg-violet-100 text-violet-900", delete: "bg-red-100 text-red-900" };

function curl(method: string, path: string, op: Operation) {
  const session = op.security?.length === 1 && "session" in (op.security[0] ?? {});
  const url = `${config.publicUrl}/api/v1${path.replace(/\{(\w+)\}/g, (_m, p: string) => (p === "id" ? "42" : `<${p}>`))}`;
  const lines = [`curl -X ${method.toUpperCase()} "${url}"`, session ? `  -H "Cookie: ts_session=…"` : `  -H "Authorization: Bearer $TSK_KEY"`];
  if (op.requestBody?.content?.["application/json"]) lines.push(`  -H "Content-Type: application/json"`, `  -d '{…}'`);
  if (op.requestBody?.content?.["multipart/form-data"]) lines.push(`  -F "audio=@recording.mp3"`);
  return lines.join(" \\\n");
}

export default async function ApiReferencePage() {
  await requirePageCaller();
  const doc = openApiDocument() as unknown as { info: { description: string }; paths: Record<string, Record<string, Operation>> };
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, item] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(item)) {
    const tag = op.tags?.[0] ?? "Other";
    byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
  }
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title="API reference" description={doc.info.description}>
        <a href="/api/v1/openapi.json" className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium dark:border-slate-600">
          openapi.json
        </a>
      </PageHeader>
      <nav aria-label="API sections" className="mb-6 flex flex-wrap gap-2 text-sm">
        {[...byTag.keys()].map((t) => (
          <a key={t} href={`#${t.toLowerCase().replace(/\W+/g, "-")}`} className="rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600">
            {t}
          </a>
        ))}
      </nav>
      {[...byTag].map(([tag, ops]) => (
        <section key={tag} id={tag.toLowerCase().replace(/\W+/g, "-")} className="mb-10" aria-labelledby={`h-${tag}`}>
          <h2 id={`h-${tag}`} className="mb-3 text-xl font-semibold">
            {tag}
          </h2>
          <div className="space-y-3">
            {ops.map(({ method, path, op }) => {
              const example = curl(method, path, op);
              return (
                <details key={`${method} ${path}`} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                  <summary className="flex cursor-pointer flex-wrap items-center gap-3">
                    <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${methodTone[method] ?? ""}`}>{method}</span>
                    <code className="text-sm font-semibold">{path}</code>
                    <span className="text-sm text-slate-700 dark:text-slate-300">{op.summary}</span>
                  </summary>
                  <div className="mt-3 space-y-3 text-sm">
                    {op.description && <p className="whitespace-pre-line text-slate-700 dark:text-slate-300">{op.description}</p>}
                    {(op["x-scopes"]?.length ?? 0) > 0 && <p>Scopes: {op["x-scopes"]!.map((s) => <code key={s} className="mr-1 rounded bg-slate-100 px-1 dark:bg-slate-800">{s}</code>)}</p>}
                    {op.parameters?.length ? (
                      <p>Parameters: {op.parameters.map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""})`).join(", ")}</p>
                    ) : null}
                    <div className="relative">
                      <pre className="overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100">{example}</pre>
                      <CopyButton text={example} className="absolute right-2 top-2" />
                    </div>
                  </div>
                </details>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
