import type { VoiceProfileView } from "./model";
import { findVoiceProfileOrThrow } from "./find-voice-profile-or-throw";
import { toVoiceProfileView } from "./to-voice-profile-view";

export async function getVoiceProfile(workspaceId: string, id: string): Promise<VoiceProfileView> {
  return toVoiceProfileView(await findVoiceProfileOrThrow(workspaceId, id));
}
