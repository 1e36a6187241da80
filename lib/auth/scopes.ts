export const scopes = ["jobs:read", "jobs:write", "assets:read", "export", "publish", "marketplace:read", "brand:read"] as const;
export type Scope = (typeof scopes)[number];
export const studioOnlyScopes: Scope[] = ["publish", "marketplace:read", "brand:read"];
