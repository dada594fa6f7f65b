import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as identify } from "@/app/api/v1/identity/route";
import { POST as startChat } from "@/app/api/v1/conversations/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as sso } from "@/app/sso/route";
import { createIdentitySession, verifyIdentitySession } from "@/lib/auth/identity/identity-session";
import { getPrisma } from "@/lib/db/client";
import { createSite, signIdentity } from "../factories/identity";
import { createActor, createGuest } from "../factories/users";
import { getCustomerContext } from "@/lib/services/chat/get-customer-context";
import { saveAttributeSchema } from "@/lib/services/customers/attribute-schema";
import { createGuestToken } from "@/lib/auth/guest-token";
import { noParams, request } from "../helpers/http";

const post = (body: object, headers: Record<string, string> = {}) =>
  identify(request("/api/v1/identity", { body, locale: "en", headers }), noParams);
const errorOf = async (response: Response) => ({ status: response.status, ...(await response.json()).error });

describe("verified identity (HS256)", () => {
  it("upserts the customer by external id with the signed attributes, and the session opens /me", async () => {
    const site = await createSite();
    const sub = `ex-${randomUUID().slice(0, 8)}`;
    const first = await post({
      token: await signIdentity(site, { sub, vipLevel: 3, kycLevel: 2, language: "en", name: "Mia" }),
      site: site.key,
    });
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body.user).toMatchObject({ externalId: sub, vipLevel: 3, verified: true });
    expect(first.headers.get("set-cookie")).toContain("HttpOnly");

    const again = await post({ token: await signIdentity(site, { sub, vipLevel: 4 }), site: site.key });
    expect((await again.json()).user).toMatchObject({ id: body.user.id, vipLevel: 4 });
    const prisma = await getPrisma();
    const row = await prisma.user.findUniqueOrThrow({ where: { externalId: sub } });
    expect(row).toMatchObject({
      vipLevel: 4,
      kycLevel: 2,
      locale: "en",
      name: "Mia",
      isGuest: false,
      email: null,
      contactEmail: `${sub}@exchange.test`,
    });
    expect(row.verifiedAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "customer.identified", targetId: row.id } })).toBe(2);

    const viewer = await (
      await me(request("/api/v1/me", { headers: { "x-beacon-guest": body.sessionToken } }), noParams)
    ).json();
    expect(viewer.user).toMatchObject({ id: row.id, isGuest: false });
  });

  it("refuses expired, forged, replayed, wrong-audience and wrong-issuer tokens with a clear 401 each", async () => {
    const site = await createSite();
    const cases: [string, Promise<string>, string][] = [
      ["expired", signIdentity(site, {}, { expiresIn: "-2m" }), "This sign-in has expired"],
      ["forged", signIdentity(site, {}, { secret: "not-the-site-secret" }), "signature does not match"],
      ["audience", signIdentity(site, {}, { audience: "someone-else" }), "another audience"],
      ["issuer", signIdentity(site, {}, { issuer: "https://evil.test" }), "unknown issuer"],
      ["too long", signIdentity(site, {}, { expiresIn: "2h" }), "valid for too long"],
      ["no email", signIdentity(site, { email: undefined }), "lacks required details"],
      ["garbage", Promise.resolve("not.a.jwt-at-all"), "not a valid identity token"],
    ];
    for (const [, token, text] of cases) {
      const error = await errorOf(await post({ token: await token, site: site.key }));
      expect(error).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
      expect(error.message).toContain(text);
    }
    const token = await signIdentity(site);
    expect((await post({ token, site: site.key })).status).toBe(200);
    const replay = await errorOf(await post({ token, site: site.key }));
    expect(replay).toMatchObject({ status: 401 });
    expect(replay.message).toContain("used already");
  });

  it("answers in the reader's language, and refuses an unknown site", async () => {
    const site = await createSite();
    const zh = await identify(
      request("/api/v1/identity", {
        body: { token: await signIdentity(site, {}, { expiresIn: "-2m" }), site: site.key },
        locale: "zh-CN",
      }),
      noParams,
    );
    expect((await zh.json()).error.message).toBe("登录已过期。请返回交易所重新打开客服。");
    const unknown = await errorOf(await post({ token: await signIdentity(site), site: "no-such-site" }));
    expect(unknown.message).toContain("not set up");
  });

  it("an identity session is signed, expires, and a guest token is not one", () => {
    const { token } = createIdentitySession("user-1", Date.now());
    expect(verifyIdentitySession(token)).toBe("user-1");
    expect(verifyIdentitySession(token, Date.now() + 9 * 3600_000)).toBeNull();
    expect(verifyIdentitySession(token.replace("user-1", "user-2"))).toBeNull();
    expect(verifyIdentitySession(createGuestToken("user-1"))).toBeNull();
  });
});

describe("verified identity (JWKS)", () => {
  let server: Server;
  let jwksUrl = "";
  const keys: { kid: string; alg: string; privateKey: CryptoKey }[] = [];

  beforeAll(async () => {
    const rsa = await generateKeyPair("RS256");
    const ed = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    keys.push(
      { kid: "rsa-1", alg: "RS256", privateKey: rsa.privateKey },
      { kid: "ed-1", alg: "EdDSA", privateKey: ed.privateKey },
    );
    const jwks = {
      keys: [
        { ...(await exportJWK(rsa.publicKey)), kid: "rsa-1", alg: "RS256" },
        { ...(await exportJWK(ed.publicKey)), kid: "ed-1", alg: "EdDSA" },
      ],
    };
    server = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks)),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("accepts RS256 and EdDSA tokens signed with the exchange's published keys, and refuses a key it does not publish", async () => {
    const site = await createSite({ jwksUrl });
    const sign = (key: { kid: string; alg: string; privateKey: CryptoKey }, sub: string) =>
      new SignJWT({ email: `${sub}@exchange.test`, vipLevel: 1 })
        .setProtectedHeader({ alg: key.alg, kid: key.kid })
        .setSubject(sub)
        .setIssuer(site.issuer)
        .setAudience(site.audience)
        .setIssuedAt()
        .setExpirationTime("5m")
        .setJti(randomUUID())
        .sign(key.privateKey);
    for (const key of keys)
      expect(
        (await post({ token: await sign(key, `jw-${key.kid}-${randomUUID().slice(0, 6)}`), site: site.key })).status,
      ).toBe(200);
    const stranger = await generateKeyPair("RS256");
    const forged = await errorOf(
      await post({
        token: await sign({ kid: "rsa-1", alg: "RS256", privateKey: stranger.privateKey }, "jw-x"),
        site: site.key,
      }),
    );
    expect(forged.message).toContain("signature does not match");
    const hs = await errorOf(
      await post({ token: await signIdentity({ ...site, secret: "whatever" }), site: site.key }),
    );
    expect(hs.message).toContain("not a valid identity token");
  });
});

describe("chats and sign-in for verified customers", () => {
  it("marks a verified customer's chat verified, and with identity required refuses a guest but not them", async () => {
    const site = await createSite({ identityRequired: true });
    const headers = { "x-beacon-site": site.key, "x-beacon-widget": "1" };
    const visitor = await startChat(
      request("/api/v1/conversations", { body: { name: "Gus", email: "gus@example.com" }, headers, locale: "en" }),
      noParams,
    );
    expect(await errorOf(visitor)).toMatchObject({
      status: 403,
      message: expect.stringContaining("sign in on the exchange"),
    });

    const guest = await createGuest();
    const asGuest = await startChat(
      request("/api/v1/conversations", {
        body: {},
        headers: { ...headers, "x-beacon-guest": createGuestToken(guest.id) },
      }),
      noParams,
    );
    expect(asGuest.status).toBe(403);

    const { sessionToken } = await (
      await post({ token: await signIdentity(site, { vipLevel: 3 }), site: site.key })
    ).json();
    const chat = await startChat(
      request("/api/v1/conversations", { body: {}, headers: { ...headers, "x-beacon-guest": sessionToken } }),
      noParams,
    );
    expect(chat.status).toBe(201);
    const { conversation } = await chat.json();
    const prisma = await getPrisma();
    expect(
      await prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { verified: true } }),
    ).toEqual({ verified: true });
    // A verified customer sending visitor details stays who they are: no guest is made, no guest token comes back.
    const again = await startChat(
      request("/api/v1/conversations", {
        body: { name: "Impostor", email: "x@example.com" },
        headers: { ...headers, "x-beacon-guest": sessionToken },
      }),
      noParams,
    );
    const continued = await again.json();
    expect(continued.guestToken).toBeUndefined();
    expect(continued.conversation.id).toBe(conversation.id);
  });

  it("signs a customer into the portal from the exchange's link, and explains a refused link", async () => {
    const site = await createSite({ key: `portal-${randomUUID().slice(0, 6)}` });
    const token = await signIdentity(site, { vipLevel: 2 });
    const ok = await sso(request(`/sso?site=${site.key}&token=${token}&next=/tickets`));
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("http://localhost:3000/tickets");
    const cookie = ok.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^next-auth\.session-token=.+HttpOnly/);
    const viewer = await (await me(request("/api/v1/me", { cookie: cookie.split(";")[0] }), noParams)).json();
    expect(viewer.user).toMatchObject({ isGuest: false, role: "CUSTOMER" });

    const replay = await sso(request(`/sso?site=${site.key}&token=${token}&next=https://evil.test/`));
    expect(replay.headers.get("location")).toBe("http://localhost:3000/sso-failed?reason=identityReplayed");
    const offsite = await sso(request(`/sso?site=${site.key}&token=${await signIdentity(site)}&next=//evil.test/x`));
    expect(offsite.headers.get("location")).toBe("http://localhost:3000/tickets");
  });
});

describe("what agents see", () => {
  it("shows the verified badge's data and the signed attributes the schema allows; unknown attributes are refused", async () => {
    const admin = await createActor({ role: "ADMIN" });
    await saveAttributeSchema({
      actor: admin,
      schema: [
        { key: "tier", label: "Tier", type: "enum", values: ["gold", "silver"] },
        { key: "riskScore", label: "Risk", type: "number" },
      ],
    });
    const site = await createSite();
    const refused = await errorOf(
      await post({ token: await signIdentity(site, { attributes: { shoeSize: 42 } }), site: site.key }),
    );
    expect(refused).toMatchObject({
      status: 400,
      code: "VALIDATION_FAILED",
      fields: { "attributes.shoeSize": "This attribute is not in the customer attribute schema." },
    });
    const wrongType = await errorOf(
      await post({ token: await signIdentity(site, { attributes: { tier: "bronze" } }), site: site.key }),
    );
    expect(wrongType.fields).toEqual({ "attributes.tier": "This value does not match the attribute's type." });

    const token = await signIdentity(site, {
      vipLevel: 3,
      kycLevel: 2,
      uid: "UID-778",
      region: "SG",
      tags: ["whale"],
      attributes: { tier: "gold", riskScore: 12 },
    });
    const { sessionToken } = await (await post({ token, site: site.key })).json();
    const { conversation } = await (
      await startChat(
        request("/api/v1/conversations", { body: {}, headers: { "x-beacon-guest": sessionToken } }),
        noParams,
      )
    ).json();
    const agent = await createActor({ role: "AGENT" });
    const context = await getCustomerContext({ actor: agent, conversationId: conversation.id });
    expect(context).toMatchObject({
      verified: true,
      vipLevel: 3,
      profile: {
        verified: true,
        kycLevel: 2,
        uid: "UID-778",
        region: "SG",
        tags: ["whale"],
        attributes: { tier: "gold", riskScore: 12 },
      },
      attributeLabels: { tier: "Tier", riskScore: "Risk" },
    });
  });
});
