"use client";
// Clerk's sign-in UI loads clerk-js from Clerk's servers; it only renders when Clerk is configured.
import { ClerkProvider, SignIn } from "@clerk/nextjs";

export function ClerkSignIn({ publishableKey }: { publishableKey: string }) {
  return (
    <ClerkProvider publishableKey={publishableKey}>
      <SignIn routing="hash" forceRedirectUrl="/" />
    </ClerkProvider>
  );
}
