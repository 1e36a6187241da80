"use client";
import { SimpleCrud } from "./simple-crud";
import { LogoUpload } from "./logo-upload";

interface Brand {
  id: string;
  name: string;
  clientLabel: string | null;
  accentColor: string;
  customHost: string | null;
  dnsHint: string | null;
  logoUrl: string | null;
  isDefault: boolean;
}

export function BrandList({ initial, gated }: { initial: Brand[]; gated: string | null }) {
  return (
    <SimpleCrud<Brand>
      resource="brand-profiles"
      noun="Brand profile"
      initial={initial}
      gated={gated}
      fields={[
        { name: "name", label: "Name", required: true, placeholder: "Acme Agency" },
        { name: "clientLabel", label: "Client label", placeholder: "Prepared for Globex" },
        { name: "accentColor", label: "Accent colour", type: "color" },
        { name: "customHost", label: "Custom host", placeholder: "docs.client.com", hint: "Share pages answer on this host once its CNAME points at us." },
      ]}
      describe={(b) => (
        <div className="space-y-1 text-sm">
          <p className="flex items-center gap-2 font-semibold">
            <span aria-hidden className="inline-block h-4 w-4 rounded" style={{ backgroundColor: b.accentColor }} />
            {b.name} {b.isDefault && <span className="rounded-full bg-slate-100 px-2 text-xs dark:bg-slate-800">default</span>}
          </p>
          {b.clientLabel && <p>{b.clientLabel}</p>}
          {b.dnsHint && <p className="font-mono text-xs text-slate-600 dark:text-slate-400">{b.dnsHint}</p>}
          {!gated && <LogoUpload profileId={b.id} logoUrl={b.logoUrl} name={b.name} />}
        </div>
      )}
    />
  );
}
