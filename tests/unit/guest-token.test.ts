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
