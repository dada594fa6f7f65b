import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as getCustomer, PUT as putCustomer } from "@/app/api/v1/customers/[externalId]/route";
import { GET as listTickets } from "@/app/api/v1/tickets/route";
import { GET as me } from "@/app/api/v1/me/route";
import { POST as startChat } from "@/app/api/v1/conversations/route";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { findApiTokens, revokeApiToken } from "@/lib/services/api-tokens/api-tokens-admin";
import { bearer, createToken } from "../factories/api-tokens";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request, withParams } from "../helpers/http";

const customerPath = (id: string) => `/api/v1/customers/${id}`;
const put = (
  token: string,
  id: string,
  body: object = { email: `${id}@ex.test` },
  headers: Record<string, string> = {},
) =>
  putCustomer(
    request(customerPath(id), { method: "PUT", body, locale: "en", headers: { ...bearer(token), ...headers } }),
    withParams({ externalId: id }),
  );
const errorOf = async (response: Response) => ({ status: response.status, ...(await response.json()).error });

describe("API tokens", () => {
  it("are shown once and stored hashed; a token works within its scopes and each use is audited with its status", async () => {
    const { token, apiToken, owner } = await createToken(["customers:write"]);
    expect(token).toMatch(/^bcn_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const prisma = await getPrisma();
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(JSON.stringify(row)).not.toContain(token.split("_").at(-1));
    expect((await findApiTokens({ actor: toActor(owner) })).find((t) => t.id === apiToken.id)).toMatchObject({
      prefix: expect.stringMatching(/^bcn_[a-z0-9]{12}_…$/),
      lastUsedAt: null,
    });

    const id = `tok-${randomUUID().slice(0, 8)}`;
    expect((await put(token, id)).status).toBe(201);
    const read = await errorOf(
      await getCustomer(
        request(customerPath(id), { headers: bearer(token), locale: "en" }),
        withParams({ externalId: id }),
      ),
    );
    expect(read).toMatchObject({ status: 403, message: "This API token lacks the scope “customers:read”." });

    const used = await prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(used.lastUsedAt).not.toBeNull();
    const audits = await prisma.auditEvent.findMany({
      where: { action: "apiToken.used", targetId: apiToken.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.data)).toEqual([
      { method: "PUT", path: customerPath(id), status: 201 },
      { method: "GET", path: customerPath(id), status: 403 },
    ]);
  });

  it("never opens a browser-only route, and cookies are ignored when a token is sent", async () => {
    const { token } = await createToken(["customers:write", "tickets:read", "conversations:read"]);
    const browserOnly = await errorOf(
      await me(request("/api/v1/me", { headers: bearer(token), locale: "en" }), noParams),
    );
    expect(browserOnly).toMatchObject({
      status: 403,
      message: "API tokens cannot be used here: this endpoint is for the browser only.",
    });
    const chat = await startChat(request("/api/v1/conversations", { body: {}, headers: bearer(token) }), noParams);
    expect(chat.status).toBe(403);
    // A bad token next to a valid admin session cookie: the token decides, and it is refused.
    const admin = await createUser({ role: "ADMIN" });
    const withCookie = await listTickets(
      request("/api/v1/tickets", { headers: bearer(`${token}x`), cookie: await sessionCookie(admin.id) }),
      noParams,
    );
    expect(withCookie.status).toBe(401);
    expect((await listTickets(request("/api/v1/tickets", { headers: bearer(token) }), noParams)).status).toBe(200);
  });

  it("refuses revoked, expired, forged and unknown tokens alike, and a token whose owner lost admin access", async () => {
    const { token, apiToken, owner } = await createToken(["customers:write"]);
    const id = `tok-${randomUUID().slice(0, 8)}`;
    const forged = `${token.slice(0, -4)}AAAA`;
    for (const bad of [forged, "bcn_000000000000_" + "A".repeat(43), "not-a-token"]) {
      expect(await errorOf(await put(bad, id))).toMatchObject({
        status: 401,
        message: "This API token is not valid: it is unknown, revoked or expired.",
      });
    }
    await revokeApiToken({ actor: toActor(owner), tokenId: apiToken.id });
    expect((await put(token, id)).status).toBe(401);

    const expiring = await createToken(["customers:write"]);
    const prisma = await getPrisma();
    await prisma.apiToken.update({
      where: { id: expiring.apiToken.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await put(expiring.token, id)).status).toBe(401);

    const demoted = await createToken(["customers:write"]);
    await prisma.user.update({ where: { id: demoted.owner.id }, data: { role: "AGENT" } });
    expect((await errorOf(await put(demoted.token, id))).message).toContain("no longer has administrator access");
  });

  it("limits each token to its own rate, with Retry-After", async () => {
    const { token } = await createToken(["customers:write"], { ratePerMinute: 3 });
    const other = await createToken(["customers:write"]);
    const id = `tok-${randomUUID().slice(0, 8)}`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await put(token, id)).status);
    expect(statuses).toEqual([201, 200, 200, 429]);
    const limited = await put(token, id);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await put(other.token, id)).status).toBe(200);
  });
});
