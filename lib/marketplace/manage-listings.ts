// The marketplace routes import from here; each function lives in its own file.
export { publishListingInput, installResult, marketplaceCategories } from "./model";
export { getListing } from "./get-listing";
export { publishListing } from "./publish-listing";
export { installListing } from "./install-listing";
