export const studioNav = [
  { href: "/", label: "Sessions" },
  { href: "/kits", label: "Kits" },
  { href: "/themes", label: "Themes" },
  { href: "/brand", label: "Brand" },
  { href: "/marketplace", label: "Marketplace" },
  { href: "/settings/api-keys", label: "API keys", group: "Settings" },
  { href: "/settings/webhooks", label: "Webhooks", group: "Settings" },
  { href: "/settings/voice-profiles", label: "Voice profiles", group: "Settings" },
  { href: "/settings/billing", label: "Billing & usage", group: "Settings" },
  { href: "/docs/api", label: "API reference" },
] as const;
