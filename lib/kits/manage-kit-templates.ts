// The kit routes import from here; each function lives in its own file.
export { kitTemplateUpdate } from "./model";
export { duplicateKitTemplate } from "./duplicate-kit-template";
export { updateKitTemplate } from "./update-kit-template";
export { deleteKitTemplate } from "./delete-kit-template";
