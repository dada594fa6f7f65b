import { NextRequest } from "next/server";

/** A request as Next would hand it to a route handler. */
export function request(
  path: string,
  init: {
    method?: string;
    body?: string | object;
    cookie?: string;
    locale?: string;
    headers?: Record<string, string>;
  } = {},
): NextRequest {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.locale) headers["accept-language"] = init.locale;
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    headers["content-type"] ??= "application/json";
  }
  return new NextRequest(new URL(path, "http://localhost:3000"), {
    method: init.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
}

export const noParams = { params: Promise.resolve({}) } as { params: Promise<never> };
export const withParams = <P>(params: P) => ({ params: Promise.resolve(params) });
