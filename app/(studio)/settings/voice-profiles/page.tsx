import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listVoiceProfiles } from "@/lib/voice-profiles/list-voice-profiles";
import { PageHeader } from "@/components/ui/page-header";
import { VoiceList } from "@/components/settings/voice-list";

export const metadata = { title: "Voice profiles" };

export default async function VoiceProfilesPage() {
  const caller = await requirePageCaller();
  const voices = await listVoiceProfiles(caller.workspace.id);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title="Voice profiles" description="How generated kits should sound: tone, audience, and the words your team prefers or avoids. Pick one when you generate a kit." />
      <VoiceList initial={voices.data} />
    </div>
  );
}
