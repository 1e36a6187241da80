"use client";
import { useState } from "react";
import { useToast } from "@/components/ui/toast";

/** Uploads a logo (PNG, JPEG, WebP or SVG, ≤ 2 MB) as the raw request body. */
export function LogoUpload({ profileId, logoUrl, name }: { profileId: string; logoUrl: string | null; name: string }) {
  const toast = useToast();
  const [src, setSrc] = useState(logoUrl);
  return (
    <div className="mt-3 flex items-center gap-3">
      {src ? <img src={`${src}?v=${Date.now()}`} alt={`${name} logo`} className="h-10 max-w-32 object-contain" /> : <span className="text-xs text-slate-600 dark:text-slate-400">No logo</span>}
      <label className="cursor-pointer rounded-md border border-slate-300 px-2 py-1 text-xs font-medium dark:border-slate-600">
        Upload logo
        <input
          type="file"
          accept="image/png,image/jpeg,image/webp,image/svg+xml"
          className="sr-only"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const res = await fetch(`/api/v1/brand-profiles/${profileId}/logo`, { method: "POST", body: file, headers: { "Content-Type": file.type || "application/octet-stream" } });
            const body = (await res.json()) as { logoUrl?: string; error?: { message: string } };
            if (!res.ok) return toast(body.error?.message ?? "Upload failed", "error");
            setSrc(body.logoUrl ?? null);
            toast("Logo uploaded");
          }}
        />
      </label>
    </div>
  );
}
