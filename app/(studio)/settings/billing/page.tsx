import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { getBillingStatus } from "@/lib/billing/get-billing-status";
import { getUsageSeries } from "@/lib/usage/get-usage-series";
import { planLimits, plans } from "@/lib/plans/plans";
import { PageHeader, Card } from "@/components/ui/page-header";
import { PlanButton } from "@/components/settings/plan-button";

export const metadata = { title: "Billing & usage" };

const meters = [
  ["minutesTranscribed", "Transcription minutes"],
  ["kitsGenerated", "Kits generated"],
  ["renders", "Renders"],
  ["apiCalls", "API calls"],
] as const;

export default async function BillingPage() {
  const caller = await requirePageCaller();
  const status = await getBillingStatus(caller.workspace.id);
  const series = await getUsageSeries(caller.workspace.id, "minutes_transcribed");
  const peak = Math.max(1, ...series.map((d) => d.value));
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader title="Billing & usage" description={`You are on the ${status.planName} plan. This period: ${status.period.start.slice(0, 10)} to ${status.period.end.slice(0, 10)}.`} />
      <Card>
        <h2 className="text-lg font-semibold">Usage this period</h2>
        <dl className="mt-4 grid gap-5 sm:grid-cols-2">
          {meters.map(([key, label]) => {
            const used = status.usage[key];
            const limit = status.limits[key];
            const pct = limit ? Math.min(100, Math.round((used / limit) * 100)) : 100;
            return (
              <div key={key}>
                <dt className="flex justify-between text-sm">
                  <span>{label}</span>
                  <span className="tabular-nums text-slate-600 dark:text-slate-400">
                    {used} / {limit}
                  </span>
                </dt>
                <dd>
                  <div role="progressbar" aria-label={label} aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
                    <div className={`h-full ${pct > 90 ? "bg-red-600" : "bg-brand-600"}`} style={{ width: `${pct}%` }} />
                  </div>
                </dd>
              </div>
            );
          })}
        </dl>
        <h3 className="mt-6 text-sm font-semibold">Minutes transcribed per day</h3>
        {series.every((d) => d.value === 0) && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Nothing transcribed yet this period.</p>}
        <svg role="img" aria-label="Minutes transcribed per day this period" viewBox={`0 0 ${series.length * 12} 60`} className="mt-2 h-24 w-full" preserveAspectRatio="none">
          {series.map((d, i) => (
            <rect key={d.day} x={i * 12 + 2} width={8} y={60 - (d.value / peak) * 56} height={(d.value / peak) * 56} className="fill-brand-600">
              <title>{`${d.day}: ${d.value}`}</title>
            </rect>
          ))}
        </svg>
      </Card>
      <div className="grid gap-4 sm:grid-cols-3">
        {plans.map((p) => {
          const l = planLimits[p];
          return (
            <Card key={p} className={p === status.plan ? "ring-2 ring-brand-600" : ""}>
              <h2 className="text-lg font-semibold">{l.name}</h2>
              <p className="text-2xl font-bold">${l.priceCents / 100}<span className="text-sm font-normal">/mo</span></p>
              <ul className="mt-3 space-y-1 text-sm">
                <li>{l.monthly.minutes_transcribed} transcription minutes</li>
                <li>{l.monthly.kits_generated} kits a month</li>
                <li>{l.apiAccess ? "API access" : "No API access"}</li>
                <li>{l.nonEnglishOutput ? "Every output language" : "English output"}</li>
                <li>{l.brand ? "Brand profiles & marketplace API" : "Talksmith branding"}</li>
              </ul>
              <div className="mt-4">{p === status.plan ? <p className="text-sm font-medium">Current plan</p> : <PlanButton plan={p} label={`Switch to ${l.name}`} />}</div>
            </Card>
          );
        })}
      </div>
    </div>
  );
}
