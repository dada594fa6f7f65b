import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/calls/route";
import { getPrisma } from "@/lib/db/client";
import { parseTicketNumber } from "@/lib/contracts/ticket";
import { createTopic } from "../factories/tickets";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request } from "../helpers/http";
import { uniqueAddress } from "../helpers/mail";

const log = (cookie: string | undefined, body: object) =>
  POST(request("/api/v1/calls", { body, cookie, locale: "en" }), noParams);

describe("phone calls", () => {
  it("an agent logs a call and files a PHONE ticket for the caller, who gets the number, link and email", async () => {
    const { topic, team } = await createTopic();
    const agent = await createUser({ role: "AGENT", teamSlugs: [team.slug] });
    const cookie = await sessionCookie(agent.id);
    const caller = uniqueAddress("caller");
    const response = await log(cookie, {
      customerEmail: caller,
      customerName: "张三",
      direction: "INBOUND",
      phoneNumber: "+86 138 0000 0000",
      durationSeconds: 312,
      notes: "Caller cannot withdraw; 2FA reset needed.",
      locale: "zh-CN",
      ticket: {
        topic: topic.slug,
        subject: "2FA reset",
        description: "Caller lost their phone and needs a 2FA reset.",
      },
    });
    expect(response.status).toBe(201);
    const { call } = await response.json();
    expect(call.ticket.ref).toMatch(/^BCN-\d+$/);

    const prisma = await getPrisma();
    const ticket = await prisma.ticket.findUniqueOrThrow({
      where: { number: parseTicketNumber(call.ticket.ref) ?? 0 },
      include: { requester: true, entries: true },
    });
    expect(ticket).toMatchObject({
      channel: "PHONE",
      locale: "zh-CN",
      requester: { contactEmail: caller, name: "张三", isGuest: true },
    });
    expect(ticket.requesterId).not.toBe(agent.id);
    const [mail] = await prisma.emailOutbox.findMany({ where: { to: caller } });
    expect(mail.subject).toContain(call.ticket.ref);
    expect(mail.text).toContain("/tickets/");
    expect(await prisma.phoneCall.findUniqueOrThrow({ where: { id: call.id } })).toMatchObject({
      ticketId: ticket.id,
      durationSeconds: 312,
      direction: "INBOUND",
      agentId: agent.id,
    });

    // A call on a registered customer, without a ticket, shows on their history.
    const customer = await createUser();
    const second = await log(cookie, {
      customerEmail: customer.email,
      direction: "OUTBOUND",
      phoneNumber: "+1 555 0100",
      durationSeconds: 60,
      notes: "Called back",
    });
    expect(second.status).toBe(201);
    const history = await GET(request(`/api/v1/calls?customerId=${customer.id}`, { cookie }), noParams);
    const { calls } = await history.json();
    expect(calls).toMatchObject([
      { direction: "OUTBOUND", phoneNumber: "+1 555 0100", ticketRef: null, notes: "Called back" },
    ]);
  });

  it("only agents log calls, and bad input is a 400 with the field", async () => {
    const customer = await createUser();
    const denied = await log(await sessionCookie(customer.id), {
      customerEmail: uniqueAddress(),
      direction: "INBOUND",
      phoneNumber: "123456",
      durationSeconds: 1,
    });
    expect(denied.status).toBe(403);
    const agent = await createUser({ role: "AGENT" });
    const bad = await log(await sessionCookie(agent.id), {
      customerEmail: "nope",
      direction: "SIDEWAYS",
      phoneNumber: "call me",
      durationSeconds: -1,
    });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(Object.keys(error.fields).sort()).toEqual(["customerEmail", "direction", "durationSeconds", "phoneNumber"]);
  });
});
