// The routes and the brand page import from here; each function lives in its own file.
export { brandProfileInput, brandProfileView, type BrandProfileView } from "./model";
export { dnsHint } from "./dns-hint";
export { toBrandView } from "./to-brand-view";
export { listBrandProfiles } from "./list-brand-profiles";
export { getBrandProfile } from "./get-brand-profile";
export { createBrandProfile } from "./create-brand-profile";
export { updateBrandProfile } from "./update-brand-profile";
export { deleteBrandProfile } from "./delete-brand-profile";
export { saveBrandLogo } from "./save-brand-logo";
export { getBrandLogo } from "./get-brand-logo";
