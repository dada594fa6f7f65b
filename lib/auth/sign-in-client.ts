// Browser side of credentials login. It posts to next-auth itself (as next-auth's signIn does) so that the 429 the
// login limit answers with reaches the form with its message, which next-auth's client would swallow.

export type SignInResult =
  { ok: true } | { ok: false; reason: "invalid" | "rateLimited" | "network"; message?: string };

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ email, password, csrfToken, json: "true", callbackUrl: "/" }),
    });
    if (response.status === 429) {
      const body = (await response.json()) as { error?: { message?: string } };
      return { ok: false, reason: "rateLimited", message: body.error?.message };
    }
    const { url } = (await response.json()) as { url?: string };
    const failed = !response.ok || !url || new URL(url, window.location.origin).searchParams.has("error");
    return failed ? { ok: false, reason: "invalid" } : { ok: true };
  } catch {
    return { ok: false, reason: "network" };
  }
}

const PROBE_ORIGIN = "http://beacon.invalid";

/**
 * Only paths on this site are followed after login (no open redirect). The browser's own URL parser decides, so
 * `/\evil.example`, tabs and newlines inside `//` and the like, which a browser reads as another host, are refused.
 */
export function safeCallbackPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return null;
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
