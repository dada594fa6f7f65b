import { config as beaconConfig } from "@/lib/config";
import { NextResponse, type NextRequest } from "next/server";
import { GUEST_COOKIE, SESSION_COOKIES } from "@/lib/auth/cookie-names";
import { GUEST_HEADER } from "@/lib/auth/guest-header";
import { securityHeaders } from "@/lib/http/security-headers";

function overHttps(req: NextRequest): boolean {
  if (beaconConfig().TRUST_PROXY === "1" && req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https")
    return true;
  return req.nextUrl.protocol === "https:" || (beaconConfig().NEXTAUTH_URL ?? "").startsWith("https:");
}

/**
 * Security headers on every page, API and file response (lib/http/security-headers.ts). The CSP nonce is handed to
 * Next through the request's own Content-Security-Policy header, which Next reads to mark its inline scripts.
 */
export function proxy(req: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const signedIn =
    SESSION_COOKIES.some((name) => req.cookies.has(name)) ||
    req.cookies.has(GUEST_COOKIE) ||
    req.headers.has(GUEST_HEADER);
  const headers = securityHeaders({
    pathname: req.nextUrl.pathname,
    nonce,
    https: overHttps(req),
    signedIn,
    development: beaconConfig().NODE_ENV === "development",
  });
  const forwarded = new Headers(req.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build assets are public and immutable; everything else, including public/ files, gets the headers.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
