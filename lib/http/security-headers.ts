import { config } from "@/lib/config";

export type HeaderContext = {
  pathname: string;
  /** A fresh per-request value for the CSP's script nonce. */
  nonce: string;
  /** The request reached us over https (directly or through a trusted proxy). */
  https: boolean;
  /** The request carries a session cookie or a guest token. */
  signedIn: boolean;
  development?: boolean;
};

/** Only the widget may be framed, and only by this site and the sites in ALLOWED_ORIGINS (docs/security.md). */
export const framable = (pathname: string) => pathname === "/widget" || pathname.startsWith("/widget/");

export function contentSecurityPolicy({
  pathname,
  nonce,
  development,
}: Pick<HeaderContext, "pathname" | "nonce" | "development">): string {
  const ancestors = framable(pathname) ? ["'self'", ...config().ALLOWED_ORIGINS].join(" ") : "'none'";
  return [
    "default-src 'self'",
    // Next marks its own inline scripts with this nonce; React's dev build also needs eval.
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ""}`,
    // React style attributes and the toaster's injected styles need inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");
}

/** The headers every response carries (set by proxy.ts). */
export function securityHeaders(context: HeaderContext): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(context),
    "X-Content-Type-Options": "nosniff",
    // Ticket tracking links carry their key in the URL: never hand a path to another site.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (!framable(context.pathname)) headers["X-Frame-Options"] = "DENY";
  if (context.https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  if (context.signedIn) headers["Cache-Control"] = "no-store";
  return headers;
}
