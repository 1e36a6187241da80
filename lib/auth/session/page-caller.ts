import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { config } from "@/lib/config";
import { getSessionCaller } from "./get-session-caller";

/** The signed-in member for a server-rendered page; redirects to sign-in when there is none. */
export async function requirePageCaller() {
  const h = await headers();
  const req = new Request(`${config.publicUrl}/`, { headers: new Headers(h) });
  const caller = await getSessionCaller(req);
  if (!caller) redirect("/sign-in");
  return caller;
}

export async function optionalPageCaller() {
  const h = await headers();
  return getSessionCaller(new Request(`${config.publicUrl}/`, { headers: new Headers(h) }));
}
