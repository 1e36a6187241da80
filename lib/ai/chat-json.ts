// One structured call to an OpenAI-compatible POST /chat/completions: the zod schema goes out
// as a JSON schema (response_format json_schema) and the answer must parse against it.
import { z } from "zod";
import { LlmError } from "./llm-error";

export interface LlmSettings {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
}

export interface ChatJsonRequest<T extends z.ZodType> {
  schema: T;
  name: string;
  system: string;
  user: string;
}

export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
}

export async function chatJson<T extends z.ZodType>(settings: LlmSettings, request: ChatJsonRequest<T>): Promise<z.infer<T>> {
  let res: Response;
  try {
    res = await fetch(`${settings.baseUrl.replace(/\/$/, "")}/chat/completions`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(settings.apiKey ? { Authorization: `Bearer ${settings.apiKey}` } : {}) },
      body: JSON.stringify({
        model: settings.model,
        temperature: 0.2,
        messages: [
          { role: "system", content: request.system },
          { role: "user", content: request.user },
        ],
        response_format: { type: "json_schema", json_schema: { name: request.name, strict: false, schema: jsonSchemaOf(request.schema) } },
      }),
      signal: AbortSignal.timeout(settings.timeoutMs ?? 90_000),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new LlmError(timedOut ? "timeout" : "network", timedOut ? "The LLM API did not answer in time" : `The LLM API is unreachable: ${(error as Error).message}`);
  }
  if (!res.ok) throw new LlmError("http_error", `The LLM API answered ${res.status}`, res.status);
  const body = (await res.json().catch(() => null)) as { choices?: { message?: { content?: string | null } }[] } | null;
  const content = body?.choices?.[0]?.message?.content;
  if (!content) throw new LlmError("invalid_output", "The LLM API returned no content");
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new LlmError("invalid_output", "The LLM answer is not JSON");
  }
  const result = request.schema.safeParse(parsed);
  if (!result.success) throw new LlmError("invalid_output", `The LLM answer does not match the ${request.name} schema: ${result.error.issues[0]?.message ?? "invalid"}`);
  return result.data;
}
