import { Inngest } from "inngest";
import { config } from "@/lib/config";

const holder = globalThis as typeof globalThis & { __talksmithInngest?: Inngest };

/** The Inngest client, used only when INNGEST_EVENT_KEY is set (Inngest Cloud or self-hosted). */
export function inngestClient(): Inngest {
  const settings = config.inngest;
  holder.__talksmithInngest ??= new Inngest({
    id: "talksmith",
    eventKey: settings?.eventKey,
    signingKey: settings?.signingKey,
    baseUrl: settings?.baseUrl,
    isDev: process.env.INNGEST_DEV === "1",
  });
  return holder.__talksmithInngest;
}
