import { signInLocally } from "@/lib/auth/session/sign-in-locally";

export const POST = signInLocally;
