// The routes and the voice profiles page import from here; each function lives in its own file.
export { voiceProfileInput, voiceProfileView, type VoiceProfileView } from "./model";
export { listVoiceProfiles } from "./list-voice-profiles";
export { getVoiceProfile } from "./get-voice-profile";
export { createVoiceProfile } from "./create-voice-profile";
export { updateVoiceProfile } from "./update-voice-profile";
export { deleteVoiceProfile } from "./delete-voice-profile";
