import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "@/lib/config";
import { proxy } from "@/proxy";

const headersFor = (path: string, init: { cookie?: string; headers?: Record<string, string> } = {}) => {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  return proxy(new NextRequest(new URL(path, "http://localhost:3000"), { headers })).headers;
};

const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
  loadConfig();
});

describe("security headers (proxy.ts)", () => {
  it.each(["/", "/login", "/console", "/admin", "/api/v1/me", "/widget.js", "/tickets/track/BCN-100001"])(
    "%s: CSP with a nonce, no framing, nosniff",
    (path) => {
      const headers = headersFor(path);
      const csp = headers.get("content-security-policy")!;
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("same-origin");
      expect(headers.get("permissions-policy")).toContain("camera=()");
      expect(headers.get("strict-transport-security")).toBeNull();
    },
  );

  it("uses a fresh nonce on every response", () => {
    expect(headersFor("/login").get("content-security-policy")).not.toBe(
      headersFor("/login").get("content-security-policy"),
    );
  });

  it("lets only this site and ALLOWED_ORIGINS frame the widget", () => {
    process.env.ALLOWED_ORIGINS = "https://www.example-exchange.com, https://m.example-exchange.com";
    loadConfig(); // parsed once: read the change
    const headers = headersFor("/widget");
    expect(headers.get("content-security-policy")).toContain(
      "frame-ancestors 'self' https://www.example-exchange.com https://m.example-exchange.com",
    );
    expect(headers.get("x-frame-options")).toBeNull();
    expect(headersFor("/widgets").get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS behind https only", () => {
    process.env.NEXTAUTH_URL = "https://support.example.com";
    loadConfig(); // parsed once: read the change
    expect(headersFor("/").get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    loadConfig(); // parsed once: read the change
    expect(headersFor("/", { headers: { "x-forwarded-proto": "https" } }).get("strict-transport-security")).toBeNull();
    process.env.TRUST_PROXY = "1";
    loadConfig(); // parsed once: read the change
    expect(headersFor("/", { headers: { "x-forwarded-proto": "https" } }).get("strict-transport-security")).toMatch(
      /max-age/,
    );
  });

  it("marks signed-in and guest responses no-store, anonymous ones not", () => {
    expect(headersFor("/api/v1/me", { cookie: "next-auth.session-token=x" }).get("cache-control")).toBe("no-store");
    expect(headersFor("/api/v1/conversations", { cookie: "beacon_guest=x" }).get("cache-control")).toBe("no-store");
    expect(headersFor("/api/v1/conversations", { headers: { "x-beacon-guest": "x" } }).get("cache-control")).toBe(
      "no-store",
    );
    expect(headersFor("/help").get("cache-control")).toBeNull();
  });
});
