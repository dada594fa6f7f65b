import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/v1/audit-events/route";
import { GET as exportRoute } from "@/app/api/v1/audit-events/export/route";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { getCustomerContext } from "@/lib/services/chat/get-customer-context";
import { queuedChat } from "../factories/chat";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request } from "../helpers/http";
import { authorize } from "../helpers/sign-in";

describe("/admin/audit", () => {
  it("admins filter by person, action, target and date; others are refused", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const victim = await createUser({ name: "Audit Victim" });
    const headers = { "x-beacon-client-ip": "203.0.113.5" };
    await authorize({ email: victim.email!, password: "wrong" }, { headers });
    await authorize({ email: "ghost-audit@test.beacon", password: "wrong" }, { headers });
    const cookie = await sessionCookie(admin.id);
    const list = async (query: string, who = cookie) => {
      const response = await listRoute(request(`/api/v1/audit-events?${query}`, { cookie: who }), noParams);
      return { status: response.status, body: await response.json() };
    };
    const byTarget = await list(`target=${victim.id}&action=signin`);
    expect(byTarget.body.events.map((e: { action: string }) => e.action)).toEqual(["signin.failed"]);
    expect((await list("target=ghost-audit@test.beacon")).body.total).toBe(1);
    expect((await list("actor=Audit%20Victim")).body.events[0].actor.name).toBe("Audit Victim");
    expect((await list("from=2001-01-01&to=2001-01-02")).body.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`from=${today}&to=${today}&action=signin.failed`)).body.total).toBeGreaterThanOrEqual(2);
    expect((await list("from=not-a-date")).status).toBe(400);
    for (const role of ["AGENT", "SUPERVISOR", "CUSTOMER"] as const) {
      expect((await list("", await sessionCookie((await createUser({ role })).id))).status).toBe(403);
    }
    expect((await list("", "")).status).toBe(401);
  });

  it("exports CSV (formula cells neutralised) and records the export", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await authorize({ email: "=cmd@test.beacon", password: "x" }, { headers: { "x-beacon-client-ip": "203.0.113.6" } });
    const response = await exportRoute(
      request("/api/v1/audit-events/export?action=signin", { cookie: await sessionCookie(admin.id) }),
      noParams,
    );
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    expect(csv.split("\r\n")[0]).toBe("time,action,actor_name,actor_email,target_type,target_id,ip,data");
    expect(csv).toContain("signin.failed");
    expect(csv).not.toMatch(/(^|,)"=/m);
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.count({ where: { action: "audit.exported", actorId: admin.id } })).toBe(1);
  });

  it("records a member of staff opening a customer's data beside a chat", async () => {
    const customer = toActor(await createUser({ name: "Viewed Customer" }));
    const agent = toActor(await createUser({ role: "AGENT", teamSlugs: ["general"] }));
    const conversation = await queuedChat(customer, "hello");
    await getCustomerContext({ actor: agent, conversationId: conversation.id });
    const prisma = await getPrisma();
    expect(
      await prisma.auditEvent.findFirst({ where: { action: "customer.viewed", targetId: customer.id } }),
    ).toMatchObject({
      actorId: agent.id,
      data: { via: "chat", ref: conversation.id },
    });
  });
});
