"use client";

import { DEVICE_HEADER, deviceId } from "@/lib/device-id";

const deviceHeader = (): Record<string, string> => {
  const id = deviceId();
  return id ? { [DEVICE_HEADER]: id } : {};
};

export type ApiFailure = { code: string; message: string; fields: Record<string, string> };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiFailure };

/** JSON to and from /api/v1/kb; failures keep the localized message and the per-field messages. */
export async function kbApi<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/kb${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: { ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...deviceHeader() },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: "same-origin",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    return { ok: false, error: { code: "NETWORK", message: "", fields: {} } };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const body = (await response.json().catch(() => ({}))) as T & { error?: Partial<ApiFailure> };
  if (!response.ok) {
    return { ok: false, error: { code: body.error?.code ?? "INTERNAL", message: body.error?.message ?? "", fields: body.error?.fields ?? {} } };
  }
  return { ok: true, data: body };
}
