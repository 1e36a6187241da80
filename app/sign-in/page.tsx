import { redirect } from "next/navigation";
import { config } from "@/lib/config";
import { optionalPageCaller } from "@/lib/auth/session/page-caller";
import { ClerkSignIn } from "@/components/auth/clerk-sign-in";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await optionalPageCaller()) redirect("/");
  const clerk = config.clerk;
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="mb-6 flex items-center gap-2">
          <span aria-hidden className="grid h-9 w-9 place-items-center rounded-lg bg-brand-600 font-bold text-white">T</span>
          <span className="text-xl font-semibold">Talksmith Studio</span>
        </div>
        {clerk ? (
          <ClerkSignIn publishableKey={clerk.publishableKey} />
        ) : (
          <>
            <h1 className="text-lg font-semibold">Sign in locally</h1>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              No Clerk keys are configured, so Talksmith runs in local mode: you sign in as the owner of the demo workspace. Local mode only
              serves on this machine.
            </p>
            <form method="post" action="/api/auth/local/sign-in" className="mt-6">
              <button type="submit" className="w-full rounded-lg bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700">
                Continue as local owner
              </button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}
