"use client";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

export function InstallButton({ listingId, title }: { listingId: string; title: string }) {
  const toast = useToast();
  const install = useMutation({
    mutationFn: () => apiFetch<{ kitId: string; installed: boolean }>(`/marketplace/listings/${listingId}/install`, { method: "POST" }),
    onSuccess: (r) => toast(r.installed ? `Installed as ${r.kitId}` : "Already installed"),
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <Button variant="secondary" aria-label={`Install ${title}`} disabled={install.isPending} onClick={() => install.mutate()}>
      {install.isSuccess ? "Installed" : "Install"}
    </Button>
  );
}
