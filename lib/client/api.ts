// The browser's one client for the HTTP API. Every call answers like a socket ack or a server action:
// `{ ok: true, ...body }` or `{ ok: false, code, message, fields? }`, and never throws — a lost connection (or an
// aborted request) is a `NETWORK` failure. Components use it through `useApi()` (lib/client/hooks.ts), which fills
// in the messages below in the reader's language.
import { GUEST_HEADER, SITE_HEADER } from "@/lib/auth/guest-header";
import { DEVICE_HEADER, deviceId } from "@/lib/device-id";
import type { Failure, Result } from "@/lib/contracts/result";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";

/** What the user reads when no answer came, and when an answer came without a message of its own. */
export type ClientMessages = { offline: string; failed: string };

export type RequestOptions = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart/form-data instead (file uploads). */
  form?: FormData;
  /** The widget's guest token, where cookies do not travel (lib/auth/guest-header.ts). */
  guestToken?: string | null;
  /** The request comes from the embedded widget (the guest token is then also returned in the body). */
  widget?: boolean;
  signal?: AbortSignal;
  cache?: RequestCache;
};

const UNTRANSLATED: ClientMessages = { offline: "", failed: "" };

export async function request<T extends object = object>(
  path: string,
  options: RequestOptions = {},
  messages = UNTRANSLATED,
): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined && !options.form ? "GET" : "POST"),
      headers: headers(options),
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
      cache: options.cache,
      credentials: "same-origin",
    });
  } catch {
    return offline(messages);
  }
  return toResult<T>(response.status, await response.text().catch(() => ""), messages);
}

/** Uploads one file as `file` with progress (fetch cannot report upload progress); answers like `request`. */
export function upload<T extends object = object>(
  path: string,
  file: File,
  options: { guestToken?: string | null; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
  messages = UNTRANSLATED,
): Promise<Result<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    for (const [name, value] of Object.entries(headers({ guestToken: options.guestToken })))
      xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => event.lengthComputable && options.onProgress?.(event.loaded / event.total);
    xhr.onload = () => resolve(toResult<T>(xhr.status, xhr.responseText, messages));
    xhr.onerror = xhr.onabort = () => resolve(offline(messages));
    options.signal?.addEventListener("abort", () => xhr.abort());
    const form = new FormData();
    form.set("file", file);
    xhr.send(form);
  });
}

/** A protected file (attachment, transcript) as a blob, with the guest header an <img> or a link cannot send. */
export async function requestFile(
  path: string,
  options: { guestToken?: string | null } = {},
  messages = UNTRANSLATED,
): Promise<Result<{ blob: Blob; filename: string | null }>> {
  let response: Response;
  try {
    response = await fetch(path, { headers: headers(options), credentials: "same-origin" });
  } catch {
    return offline(messages);
  }
  if (!response.ok) return toResult(response.status, await response.text().catch(() => ""), messages);
  const filename = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? null;
  const blob = await response.blob().catch(() => null);
  return blob ? { ok: true, blob, filename } : offline(messages);
}

/** The embedding site (the widget's `data-site`), sent with every request for its identity settings. */
let widgetSite: string | null = null;
export function setWidgetSite(key: string | null): void {
  widgetSite = key;
}

function headers(options: Pick<RequestOptions, "body" | "guestToken" | "widget">): Record<string, string> {
  const result: Record<string, string> = {};
  if (options.body !== undefined) result["content-type"] = "application/json";
  if (options.guestToken) result[GUEST_HEADER] = options.guestToken;
  if (options.widget) result["x-beacon-widget"] = "1";
  if (widgetSite) result[SITE_HEADER] = widgetSite;
  // Limits count per device before they count per address (lib/device-id.ts).
  const device = deviceId();
  if (device) result[DEVICE_HEADER] = device;
  return result;
}

const offline = (messages: ClientMessages): Failure => ({ ok: false, code: "NETWORK", message: messages.offline });

type ErrorShape = { error?: { code?: ErrorCode; message?: string; fields?: Record<string, string> } };

/** The API's answer in the one shape: its JSON body on success, its `error` (README: HTTP API) otherwise. */
function toResult<T extends object>(status: number, text: string, messages: ClientMessages): Result<T> {
  const body = parseObject(text);
  if (status >= 200 && status < 300) return { ok: true, ...(body as T) };
  const error = (body as ErrorShape | null)?.error;
  return {
    ok: false,
    code: error?.code ?? codeOf(status),
    message: error?.message || messages.failed,
    ...(error?.fields ? { fields: error.fields } : {}),
  };
}

function parseObject(text: string): object | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** For answers without our error body (a proxy's 502, say). */
function codeOf(status: number): ErrorCode {
  const codes = Object.keys(ERROR_STATUS) as ErrorCode[];
  return codes.find((code) => ERROR_STATUS[code] === status) ?? "INTERNAL";
}
