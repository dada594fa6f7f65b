"use client";

import { GUEST_HEADER } from "@/lib/auth/guest-header";
import { DEVICE_HEADER, deviceId } from "@/lib/device-id";
import type { ConversationDto, MessageDto } from "@/lib/realtime/events";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** JSON to and from /api/v1, with the widget's guest header when there is one; errors keep their fields. */
export async function api<T>(path: string, options: { method?: string; body?: unknown; guestToken?: string | null; widget?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.guestToken) headers[GUEST_HEADER] = options.guestToken;
  if (options.widget) headers["x-beacon-widget"] = "1";
  const device = deviceId();
  if (device) headers[DEVICE_HEADER] = device;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body !== undefined ? "POST" : "GET"),
      headers,
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError("", "NETWORK");
  }
  const data = (await response.json().catch(() => ({}))) as T & { error?: { code: string; message: string; fields?: Record<string, string> } };
  if (!response.ok) throw new ApiError(data.error?.message ?? response.statusText, data.error?.code ?? "INTERNAL", data.error?.fields);
  return data;
}

export type Started = { conversation: ConversationDto; message: MessageDto | null; guestToken?: string };

/** Saves a file the browser received (transcript) under its name. */
export async function downloadWithToken(path: string, guestToken: string | null | undefined, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: guestToken ? { [GUEST_HEADER]: guestToken } : {} });
  if (!response.ok) throw new ApiError(response.statusText, "INTERNAL");
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
