// The Studio calls the same /api/v1 routes as developers, with its session cookie.
export class ApiRequestError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly param: string | null) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const res = await fetch(`/api/v1${path}`, {
    ...rest,
    headers: { ...(json !== undefined ? { "Content-Type": "application/json" } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string; param: string | null } } | null;
    throw new ApiRequestError(res.status, body?.error?.code ?? "error", body?.error?.message ?? `Request failed (${res.status})`, body?.error?.param ?? null);
  }
  return (res.status === 204 ? null : await res.json()) as T;
}
