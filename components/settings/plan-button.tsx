"use client";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

export function PlanButton({ plan, label }: { plan: string; label: string }) {
  const toast = useToast();
  const change = useMutation({
    mutationFn: () => apiFetch<{ url?: string; switched?: boolean }>("/billing/checkout", { method: "POST", json: { plan } }),
    onSuccess: (r) => {
      if (r.url) window.location.assign(r.url);
      else window.location.reload();
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <Button variant="secondary" disabled={change.isPending} onClick={() => change.mutate()}>
      {label}
    </Button>
  );
}
