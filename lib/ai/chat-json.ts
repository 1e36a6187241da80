// One structured call to an OpenAI-compatible /chat/completions endpoint: the answer must
// match the zod schema (sent as a JSON schema), or this throws.
import { z } from "zod";

export interface LlmSettings {
  baseUrl: string;
  apiKey?: string;
  model: string;
}

export async function chatJson<T extends z.ZodType>(settings: LlmSettings, schema: T, name: string, system: string, user: string, timeoutMs = 120_000): Promise<z.infer<T>> {
  const res = await fetch(`${settings.baseUrl.replace(/\/$/, "")}/chat/completions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(settings.apiKey ? { Authorization: `Bearer ${settings.apiKey}` } : {}) },
    body: JSON.stringify({
      model: settings.model,
      temperature: 0.3,
      messages: [
        { role: "system", content: system },
        { role: "user", content: user },
      ],
      response_format: { type: "json_schema", json_schema: { name, strict: false, schema: z.toJSONSchema(schema, { io: "input" }) } },
    }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new Error(`The LLM API answered ${res.status}`);
  const body = (await res.json()) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (!content) throw new Error("The LLM API returned no content");
  return schema.parse(JSON.parse(content));
}
