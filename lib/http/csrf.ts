import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** What a state-changing route accepts as a body: JSON, or multipart for uploads. */
export type BodyKind = "json" | "multipart";

const MEDIA_TYPES: Record<BodyKind, string> = { json: "application/json", multipart: "multipart/form-data" };

export function mediaType(contentType: string | null): string | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type || null;
}

/** The host this request was sent to (the proxy's forwarded host behind TRUST_PROXY=1, as Next's server actions do). */
function requestHost(req: Request): string {
  const forwarded =
    config().TRUST_PROXY === "1" ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.headers.get("host") || new URL(req.url).host;
}

function ownOrigin(origin: string, req: Request): boolean {
  try {
    const url = new URL(origin);
    const publicUrl = config().NEXTAUTH_URL;
    return url.host === requestHost(req) || (!!publicUrl && new URL(publicUrl).origin === url.origin);
  } catch {
    return false;
  }
}

/**
 * The CSRF check of every state-changing route (docs/security.md). A browser names the page that sent a request in
 * Origin (and Sec-Fetch-Site): another origin — also another port of this host, which SameSite cookies do not stop —
 * is a 403. The body must be JSON (multipart for uploads), which an HTML form cannot send: anything else is a 415.
 * A request without Content-Type carries no body (a form always sends one). Requests that prove themselves with
 * something other than a cookie (a Bearer API token) are the ones to exempt here.
 */
export function checkStateChangingRequest(req: Request, accepts: BodyKind = "json"): void {
  if (SAFE_METHODS.has(req.method)) return;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  if (site === "cross-site" || site === "same-site" || (origin !== null && !ownOrigin(origin, req))) {
    throw new AppError("FORBIDDEN", "foreignOrigin");
  }
  const type = mediaType(req.headers.get("content-type"));
  if (type !== null && type !== MEDIA_TYPES[accepts]) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", accepts === "json" ? "jsonRequired" : "multipartRequired");
  }
}
