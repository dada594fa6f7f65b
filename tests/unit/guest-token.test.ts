import { describe, expect, it } from "vitest";
import { createGuestToken, verifyGuestToken } from "@/lib/auth/guest-token";

describe("guest tokens", () => {
  it("round-trips and refuses forgeries", () => {
    const token = createGuestToken("guest123");
    expect(verifyGuestToken(token)).toBe("guest123");
    expect(verifyGuestToken(token.replace("guest123", "guest124"))).toBeNull();
    expect(verifyGuestToken(`${token}x`)).toBeNull();
    expect(verifyGuestToken("")).toBeNull();
    expect(verifyGuestToken("no-dot")).toBeNull();
  });
});

describe("guest token expiry", () => {
  const day = 24 * 60 * 60 * 1000;
  it("expires 30 days after issue, and refuses tokens without an issue date or dated in the future", () => {
    const issued = Date.UTC(2026, 0, 1);
    const token = createGuestToken("guest9", issued);
    expect(verifyGuestToken(token, issued + 29 * day)).toBe("guest9");
    expect(verifyGuestToken(token, issued + 31 * day)).toBeNull();
    expect(verifyGuestToken(token, issued - day)).toBeNull();
    // A token of the old, never-expiring shape (id.signature) is no longer accepted.
    const [id, , signature] = token.split(".");
    expect(verifyGuestToken(`${id}.${signature}`, issued)).toBeNull();
    // Moving the date forward breaks the signature.
    expect(verifyGuestToken(`${id}.${(issued + 20 * day).toString(36)}.${signature}`, issued + 40 * day)).toBeNull();
  });
});
