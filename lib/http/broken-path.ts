import type { IncomingMessage, ServerResponse } from "node:http";
import { resolveLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Next's router throws on a path with broken %-encoding (`/tickets/%E0%A4%A`) and answers 500. server.ts asks this
 * first: such a request is answered 400 here (in the API's error shape under /api/) and never reaches Next.
 */
export function refuseBrokenPath(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? "/").split("?")[0];
  if (decodable(path)) return false;
  const t = translator(resolveLocale({ acceptLanguage: req.headers["accept-language"] ?? null }));
  const message = t("errors.badPath");
  const api = path.startsWith("/api/");
  const body = api ? JSON.stringify({ error: { code: "BAD_REQUEST", message } }) : message;
  res.writeHead(400, {
    "Content-Type": api ? "application/json" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
  return true;
}
