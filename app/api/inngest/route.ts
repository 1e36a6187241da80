import { serve } from "inngest/next";
import { inngestClient } from "@/inngest/client";
import { inngestFunctions } from "@/inngest/inngest-functions";

// Inngest Cloud (or a self-hosted Inngest) calls this endpoint to run our functions.
export const { GET, POST, PUT } = serve({ client: inngestClient(), functions: inngestFunctions() });
