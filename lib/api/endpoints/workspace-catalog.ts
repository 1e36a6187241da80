import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { pageSchema } from "@/lib/api/pagination";
import { readLimitedBody } from "@/lib/api/read-limited-body";
import { createTheme } from "@/lib/themes/create-theme";
import { deleteTheme } from "@/lib/themes/delete-theme";
import { deleteWorkspaceTheme } from "@/lib/themes/delete-workspace-theme";
import { getTheme } from "@/lib/themes/get-theme";
import { getWorkspaceTheme } from "@/lib/themes/get-workspace-theme";
import { listThemes } from "@/lib/themes/list-themes";
import { putWorkspaceTheme } from "@/lib/themes/put-workspace-theme";
import { replaceTheme } from "@/lib/themes/replace-theme";
import { themeInput, themeView } from "@/lib/themes/model";
import { brandProfileInput, brandProfileView } from "@/lib/brand/model";
import { createBrandProfile } from "@/lib/brand/create-brand-profile";
import { deleteBrandProfile } from "@/lib/brand/delete-brand-profile";
import { getBrandLogo } from "@/lib/brand/get-brand-logo";
import { listBrandProfiles } from "@/lib/brand/list-brand-profiles";
import { saveBrandLogo } from "@/lib/brand/save-brand-logo";
import { updateBrandProfile } from "@/lib/brand/update-brand-profile";
import { listingsQuery, listingView, searchListings } from "@/lib/marketplace/search-listings";
import { getListing } from "@/lib/marketplace/get-listing";
import { installListing } from "@/lib/marketplace/install-listing";
import { publishListing } from "@/lib/marketplace/publish-listing";
import { publishListingInput } from "@/lib/marketplace/model";
import { createVoiceProfile } from "@/lib/voice-profiles/create-voice-profile";
import { deleteVoiceProfile } from "@/lib/voice-profiles/delete-voice-profile";
import { listVoiceProfiles } from "@/lib/voice-profiles/list-voice-profiles";
import { updateVoiceProfile } from "@/lib/voice-profiles/update-voice-profile";
import { voiceProfileInput, voiceProfileView } from "@/lib/voice-profiles/model";
import { deleteKitTemplate } from "@/lib/kits/delete-kit-template";
import { duplicateKitTemplate } from "@/lib/kits/duplicate-kit-template";
import { kitTemplateUpdate } from "@/lib/kits/model";
import { updateKitTemplate } from "@/lib/kits/update-kit-template";
import { kitTemplateSpecSchema } from "@/lib/kits/model";
import { getBillingProvider } from "@/lib/billing/billing-provider";
import { plans } from "@/lib/plans/plans";

const id = z.object({ id: z.string().min(1).max(64) });
const deleted = z.object({ id: z.string(), deleted: z.literal(true) });
const workspaceTheme = themeView.extend({ id: z.string().nullable(), createdAt: z.string().nullable(), updatedAt: z.string().nullable() });

// Themes: API keys read with jobs:read and change with jobs:write.
export const listThemesEndpoint = defineEndpoint({ method: "GET", path: "/themes", summary: "List themes", tags: ["Themes"], auth: "api", scopes: ["jobs:read"], response: z.object({ data: z.array(themeView) }), handler: async ({ workspace }) => listThemes(workspace.id) });
export const createThemeEndpoint = defineEndpoint({ method: "POST", path: "/themes", summary: "Create a theme (from a preset; unspecified fields come from it)", tags: ["Themes"], auth: "api", scopes: ["jobs:write"], body: themeInput, status: 201, response: themeView, handler: async ({ workspace, body }) => createTheme(workspace.id, body) });
export const getThemeEndpoint = defineEndpoint({ method: "GET", path: "/themes/{id}", summary: "A theme", tags: ["Themes"], auth: "api", scopes: ["jobs:read"], params: id, response: themeView, handler: async ({ workspace, params }) => getTheme(workspace.id, params.id) });
export const putThemeEndpoint = defineEndpoint({ method: "PUT", path: "/themes/{id}", summary: "Replace a theme", tags: ["Themes"], auth: "api", scopes: ["jobs:write"], params: id, body: themeInput, response: themeView, handler: async ({ workspace, params, body }) => replaceTheme(workspace.id, params.id, body) });
export const deleteThemeEndpoint = defineEndpoint({ method: "DELETE", path: "/themes/{id}", summary: "Delete a theme (the default passes to the oldest left)", tags: ["Themes"], auth: "api", scopes: ["jobs:write"], params: id, response: deleted, handler: async ({ workspace, params }) => deleteTheme(workspace.id, params.id) });
export const getDefaultThemeEndpoint = defineEndpoint({ method: "GET", path: "/theme", summary: "The workspace's default theme", tags: ["Themes"], auth: "api", scopes: ["jobs:read"], response: workspaceTheme, handler: async ({ workspace }) => getWorkspaceTheme(workspace.id) });
export const putDefaultThemeEndpoint = defineEndpoint({ method: "PUT", path: "/theme", summary: "Set the workspace's default theme", tags: ["Themes"], auth: "api", scopes: ["jobs:write"], body: themeInput, response: themeView, handler: async ({ workspace, body }) => putWorkspaceTheme(workspace.id, body) });
export const deleteDefaultThemeEndpoint = defineEndpoint({ method: "DELETE", path: "/theme", summary: "Delete the default theme", tags: ["Themes"], auth: "api", scopes: ["jobs:write"], response: deleted, handler: async ({ workspace }) => deleteWorkspaceTheme(workspace.id) });

// Brand profiles: read by keys with brand:read (Studio); edited in the Studio only.
export const listBrandEndpoint = defineEndpoint({ method: "GET", path: "/brand-profiles", summary: "White-label brand profiles: logo, accent, client label, custom host, DNS hint", tags: ["Brand"], auth: "api", scopes: ["brand:read"], plan: "brand", response: z.object({ data: z.array(brandProfileView) }), handler: async ({ workspace }) => listBrandProfiles(workspace.id) });
export const createBrandEndpoint = defineEndpoint({ method: "POST", path: "/brand-profiles", summary: "Create a brand profile", tags: ["Brand"], auth: "session", plan: "brand", body: brandProfileInput, status: 201, response: brandProfileView, handler: async ({ workspace, body }) => createBrandProfile(workspace.id, body) });
export const updateBrandEndpoint = defineEndpoint({ method: "PATCH", path: "/brand-profiles/{id}", summary: "Edit a brand profile", tags: ["Brand"], auth: "session", plan: "brand", params: id, body: brandProfileInput.partial(), response: brandProfileView, handler: async ({ workspace, params, body }) => updateBrandProfile(workspace.id, params.id, body) });
export const deleteBrandEndpoint = defineEndpoint({ method: "DELETE", path: "/brand-profiles/{id}", summary: "Delete a brand profile", tags: ["Brand"], auth: "session", params: id, response: deleted, handler: async ({ workspace, params }) => deleteBrandProfile(workspace.id, params.id) });
export const uploadLogoEndpoint = defineEndpoint({
  method: "POST",
  path: "/brand-profiles/{id}/logo",
  summary: "Upload the logo (raw body: PNG, JPEG, WebP or SVG, ≤ 2 MB)",
  tags: ["Brand"],
  auth: "session",
  plan: "brand",
  params: id,
  body: z.string().meta({ format: "binary" }),
  bodyKind: "raw",
  response: brandProfileView,
  errors: ["payload_too_large", "unsupported_media_type"],
  handler: async ({ workspace, params, req }) => saveBrandLogo(workspace.id, params.id, await readLimitedBody(req, 2 * 1024 * 1024, "logo")),
});
export const getLogoEndpoint = defineEndpoint({ method: "GET", path: "/brand-profiles/{id}/logo", summary: "A brand profile's logo", tags: ["Brand"], auth: "api", scopes: ["brand:read"], params: id, produces: { "image/*": "The logo" }, handler: async ({ workspace, params }) => getBrandLogo(workspace.id, params.id) });

// Marketplace.
export const listingsEndpoint = defineEndpoint({ method: "GET", path: "/marketplace/listings", summary: "Browse Kit templates: featured first, then relevance, then installs", tags: ["Marketplace"], auth: "api", scopes: ["marketplace:read"], plan: "marketplace", query: listingsQuery, response: pageSchema(listingView), handler: async ({ query }) => searchListings(query) });
export const listingEndpoint = defineEndpoint({ method: "GET", path: "/marketplace/listings/{id}", summary: "One listing", tags: ["Marketplace"], auth: "api", scopes: ["marketplace:read"], plan: "marketplace", params: id, response: listingView, handler: async ({ params }) => getListing(params.id) });
export const publishEndpoint = defineEndpoint({ method: "POST", path: "/marketplace/listings", summary: "Publish one of the workspace's kit templates", tags: ["Marketplace"], auth: "session", plan: "marketplace", body: publishListingInput, status: 201, response: listingView, handler: async ({ workspace, body }) => publishListing(workspace.id, body) });
export const installEndpoint = defineEndpoint({ method: "POST", path: "/marketplace/listings/{id}/install", summary: "Install a listing: copies its kit template into the workspace", tags: ["Marketplace"], auth: "session", params: id, response: z.object({ kitId: z.string(), installed: z.boolean() }), handler: async ({ workspace, params }) => installListing(workspace.id, params.id) });

// Voice profiles.
export const listVoicesEndpoint = defineEndpoint({ method: "GET", path: "/voice-profiles", summary: "Voice profiles (tone, audience, words to prefer and avoid)", tags: ["Voice profiles"], auth: "api", scopes: ["jobs:read"], response: z.object({ data: z.array(voiceProfileView) }), handler: async ({ workspace }) => listVoiceProfiles(workspace.id) });
export const createVoiceEndpoint = defineEndpoint({ method: "POST", path: "/voice-profiles", summary: "Create a voice profile", tags: ["Voice profiles"], auth: "session", body: voiceProfileInput, status: 201, response: voiceProfileView, handler: async ({ workspace, body }) => createVoiceProfile(workspace.id, body) });
export const updateVoiceEndpoint = defineEndpoint({ method: "PUT", path: "/voice-profiles/{id}", summary: "Replace a voice profile", tags: ["Voice profiles"], auth: "session", params: id, body: voiceProfileInput, response: voiceProfileView, handler: async ({ workspace, params, body }) => updateVoiceProfile(workspace.id, params.id, body) });
export const deleteVoiceEndpoint = defineEndpoint({ method: "DELETE", path: "/voice-profiles/{id}", summary: "Delete a voice profile", tags: ["Voice profiles"], auth: "session", params: id, response: deleted, handler: async ({ workspace, params }) => deleteVoiceProfile(workspace.id, params.id) });

// Kit templates.
export const duplicateKitEndpoint = defineEndpoint({ method: "POST", path: "/kits/{id}/duplicate", summary: "Copy a kit template into the workspace to edit it", tags: ["Kits"], auth: "session", params: id, body: z.object({ name: z.string().trim().min(1).max(120).optional() }), status: 201, response: kitTemplateSpecSchema, handler: async ({ workspace, params, body }) => duplicateKitTemplate(workspace.id, params.id, body.name) });
export const updateKitEndpoint = defineEndpoint({ method: "PATCH", path: "/kits/{id}", summary: "Edit a workspace kit template (asset list, prompts, tone)", tags: ["Kits"], auth: "session", params: id, body: kitTemplateUpdate, response: kitTemplateSpecSchema, handler: async ({ workspace, params, body }) => updateKitTemplate(workspace.id, params.id, body) });
export const deleteKitEndpoint = defineEndpoint({ method: "DELETE", path: "/kits/{id}", summary: "Delete a workspace kit template", tags: ["Kits"], auth: "session", params: id, response: deleted, handler: async ({ workspace, params }) => deleteKitTemplate(workspace.id, params.id) });

// Plan changes.
export const checkoutEndpoint = defineEndpoint({
  method: "POST",
  path: "/billing/checkout",
  summary: "Change plan: a Stripe Checkout URL, or (local billing) an immediate switch",
  tags: ["Billing"],
  auth: "session",
  body: z.object({ plan: z.enum(plans) }),
  response: z.union([z.object({ url: z.string() }), z.object({ switched: z.literal(true) })]),
  handler: async ({ workspace, caller, body }) => {
    if (caller.role === "member") throw new (await import("@/lib/api/errors")).ApiError("session_required", "Only owners and admins can change the plan.");
    return getBillingProvider().startCheckout(workspace.id, body.plan);
  },
});
