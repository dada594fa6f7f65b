import { describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { authOptions } from "@/lib/auth/options";
import { safeCallbackPath } from "@/lib/auth/sign-in-client";
import { createUser, FACTORY_PASSWORD } from "../factories/users";
import { request, withParams } from "../helpers/http";

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const segment = withParams({ nextauth: ["callback", "credentials"] });
const ip = (n: number) => ({ "x-beacon-client-ip": `192.0.2.${n}` });

async function exhaust(email: string, headers: Record<string, string>) {
  for (let i = 0; i < 5; i++) expect(await authorize({ email, password: "wrong" }, { headers })).toBeNull();
}

const callback = (body: string, contentType: string, headers: Record<string, string>) =>
  authPost(
    request("/api/auth/callback/credentials", { body, headers: { ...headers, "content-type": contentType } }),
    segment,
  );

describe("login limit", () => {
  it("holds for the right password once blocked: authorize itself checks the limit on next-auth's own credentials", async () => {
    const user = await createUser();
    await exhaust(user.email!, ip(1));
    expect(await authorize({ email: user.email!, password: FACTORY_PASSWORD }, { headers: ip(1) })).toBeNull();
    expect(
      await authorize({ email: ` ${user.email!.toUpperCase()}`, password: FACTORY_PASSWORD }, { headers: ip(1) }),
    ).toBeNull();
  });

  it("answers a blocked form login with 429 and Retry-After", async () => {
    const user = await createUser();
    await exhaust(user.email!, ip(2));
    const response = await callback(
      new URLSearchParams({ email: user.email!, password: FACTORY_PASSWORD, csrfToken: "x" }).toString(),
      "application/x-www-form-urlencoded",
      ip(2),
    );
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a JSON login (next-auth would read it, the form check would not) with 415", async () => {
    const user = await createUser();
    await exhaust(user.email!, ip(3));
    const body = JSON.stringify({ email: user.email, password: FACTORY_PASSWORD, csrfToken: "x", json: "true" });
    const response = await callback(body, "application/json", ip(3));
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    // A form content type that also names JSON is JSON to next-auth.
    expect((await callback(body, "application/x-www-form-urlencoded; x=application/json", ip(3))).status).toBe(415);
  });

  it("refuses a form repeating email (next-auth reads the last, a naive check the first) with 400", async () => {
    const user = await createUser();
    await exhaust(user.email!, ip(4));
    const body = `email=decoy%40x.test&email=${encodeURIComponent(user.email!)}&password=${encodeURIComponent(FACTORY_PASSWORD)}&csrfToken=x`;
    const response = await callback(body, "application/x-www-form-urlencoded", ip(4));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("BAD_REQUEST");
  });
});

describe("safeCallbackPath", () => {
  it.each([
    "/\\evil.example/",
    "/\t/evil.example",
    "//evil.example",
    "/\n/evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "https://evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "/\\/evil.example",
  ])("refuses %j", (value) => expect(safeCallbackPath(value)).toBeNull());

  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackPath("/console?tab=queue#top")).toBe("/console?tab=queue#top");
    expect(safeCallbackPath("/tickets/BCN-100001")).toBe("/tickets/BCN-100001");
  });
});
