import { describe, expect, it } from "vitest";
import { POST as mergeRoute } from "@/app/api/v1/tickets/[ticketNumber]/merge/route";
import { POST as linkRoute } from "@/app/api/v1/tickets/[ticketNumber]/links/route";
import { DELETE as unlinkRoute } from "@/app/api/v1/tickets/[ticketNumber]/links/[linkedNumber]/route";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { outboxMessageId } from "@/lib/mail/send-outbox";
import { findThread } from "@/lib/services/inbound-mail/find-thread";
import type { TicketDetailDto } from "@/lib/contracts/ticket";
import { createTopic, fileTicket, keyOf } from "../factories/tickets";
import { createUser, sessionCookie } from "../factories/users";
import { request, withParams } from "../helpers/http";
import { api } from "../helpers/tickets-api";

const call = (cookie: string, locale = "en") => ({ cookie, headers: { "accept-language": locale } });
const merge = (cookie: string, ref: string, into: unknown, locale = "en") =>
  mergeRoute(
    request(`/api/v1/tickets/${ref}/merge`, { method: "POST", body: { into }, ...call(cookie, locale) }),
    withParams({ ticketNumber: ref }),
  );
const link = (cookie: string, ref: string, other: string) =>
  linkRoute(
    request(`/api/v1/tickets/${ref}/links`, { method: "POST", body: { ticket: other }, ...call(cookie) }),
    withParams({ ticketNumber: ref }),
  );
const unlink = (cookie: string, ref: string, other: string) =>
  unlinkRoute(
    request(`/api/v1/tickets/${ref}/links/${other}`, { method: "DELETE", ...call(cookie) }),
    withParams({ ticketNumber: ref, linkedNumber: other }),
  );
const detail = async (cookie: string, ref: string, key?: string) =>
  ((await (await api.get({ cookie }, ref, key)).json()) as { ticket: TicketDetailDto }).ticket;

async function setup() {
  const { topic } = await createTopic();
  const agent = await createUser({ role: "AGENT" });
  const customer = await createUser();
  const file = (subject: string) => fileTicket(toActor(customer), { topic: topic.slug, subject });
  return { agent, customer, cookie: await sessionCookie(agent.id), file };
}

describe("merging tickets", () => {
  it("moves the thread, files and mails to the target, closes the duplicate pointing there, in both threads", async () => {
    const { cookie, customer, file } = await setup();
    const target = await file("Deposit missing");
    const source = await file("Deposit missing (again)");
    await api.reply({ cookie }, source.ref, { body: "Checking the chain now.", internal: true });
    const prisma = await getPrisma();
    const sourceRow = await prisma.ticket.findUniqueOrThrow({ where: { number: source.number } });
    const firstEntry = await prisma.ticketEntry.findFirstOrThrow({ where: { ticketId: sourceRow.id } });
    await prisma.attachment.create({
      data: {
        filename: "tx.txt",
        mimeType: "text/plain",
        size: 2,
        sha256: "x",
        data: Buffer.from("hi"),
        ticketEntryId: firstEntry.id,
      },
    });
    await prisma.inboundEmail.create({
      data: { messageId: `<merge-${source.number}@customer.example>`, raw: Buffer.from(""), ticketId: sourceRow.id },
    });

    const response = await merge(cookie, source.ref, target.ref);
    expect(response.status).toBe(200);
    expect((await response.json()).into.ref).toBe(target.ref);

    const merged = await detail(cookie, source.ref);
    expect(merged.status).toBe("CLOSED");
    expect(merged.mergedInto).toMatchObject({ ref: target.ref, href: `/console/tickets/${target.ref}` });
    expect(merged.entries.map((e) => e.event?.type)).toEqual(["merged"]);
    const kept = await detail(cookie, target.ref);
    const bodies = kept.entries.map((e) => e.body);
    expect(bodies).toEqual(expect.arrayContaining(["Checking the chain now."]));
    expect(kept.entries.at(-1)?.event).toMatchObject({ type: "mergedFrom", from: source.ref });
    expect(kept.entries.flatMap((e) => e.attachments.map((a) => a.filename))).toContain("tx.txt");
    const mail = await prisma.inboundEmail.findUniqueOrThrow({
      where: { messageId: `<merge-${source.number}@customer.example>` },
    });
    expect(mail.ticketId).toBe(kept.id);

    // The duplicate's tracking link leads to the target, with a key that opens it.
    const keyed = await detail("", source.ref, keyOf(source.trackingPath));
    expect(keyed.mergedInto?.href).toMatch(new RegExp(`^/tickets/track/${target.ref}\\?key=`));
    const onward = await detail("", target.ref, keyOf(keyed.mergedInto!.href));
    expect(onward.ref).toBe(target.ref);
    // The requester's own page says so too.
    expect((await detail(await sessionCookie(customer.id), source.ref)).mergedInto?.ref).toBe(target.ref);
  });

  it("a customer's email reply to the merged ticket, by its number or by header, goes to the target", async () => {
    const { cookie, customer, file } = await setup();
    const target = await file("Withdrawal pending");
    const source = await file("Withdrawal pending?");
    const prisma = await getPrisma();
    const sourceId = (await prisma.ticket.findUniqueOrThrow({ where: { number: source.number } })).id;
    const confirmation = await prisma.emailOutbox.findFirstOrThrow({ where: { ticketId: sourceId } });
    expect((await merge(cookie, source.ref, target.ref)).status).toBe(200);
    const targetId = (await prisma.ticket.findUniqueOrThrow({ where: { number: target.number } })).id;
    const bySubject = await findThread(prisma, { subject: `Re: ${source.ref}`, from: customer.email! });
    expect(bySubject).toEqual({ ticketId: targetId, by: "subject" });
    const byHeader = await findThread(prisma, {
      inReplyTo: outboxMessageId(confirmation.id),
      subject: "Re: your request",
      from: customer.email!,
    });
    expect(byHeader).toEqual({ ticketId: targetId, by: "header" });
  });

  it("refuses bad merges with a clear 4xx in the user's language and writes nothing", async () => {
    const { cookie, file } = await setup();
    const a = await file("First");
    const b = await file("Second");
    const c = await file("Third");
    const prisma = await getPrisma();
    const entryCount = () =>
      prisma.ticketEntry.count({ where: { ticket: { number: { in: [a.number, b.number, c.number] } } } });
    const before = await entryCount();

    const self = await merge(cookie, a.ref, a.ref);
    expect(self.status).toBe(400);
    expect((await self.json()).error.message).toMatch(/itself/);
    const zh = await merge(cookie, a.ref, a.ref, "zh-CN");
    expect((await zh.json()).error.message).toBe("工单不能合并到自身。");
    const unknown = await merge(cookie, a.ref, "BCN-999999");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toMatch(/no ticket with that number/i);
    expect((await merge(cookie, a.ref, "not a number")).status).toBe(400);
    expect(await entryCount()).toBe(before);

    expect((await merge(cookie, b.ref, c.ref)).status).toBe(200);
    const intoMerged = await merge(cookie, a.ref, b.ref);
    expect(intoMerged.status).toBe(409);
    expect((await intoMerged.json()).error.message).toMatch(/itself merged/);
    expect((await merge(cookie, b.ref, a.ref)).status).toBe(409); // already merged
    await api.patch({ cookie }, a.ref, { status: "CLOSED" });
    const intoClosed = await merge(cookie, c.ref, a.ref);
    expect(intoClosed.status).toBe(409);
    const cRow = await prisma.ticket.findUniqueOrThrow({ where: { number: c.number } });
    expect(cRow.status).not.toBe("CLOSED");
    expect(cRow.mergedIntoId).toBeNull();
  });

  it("customers and visitors are refused (merge and links are HTTP only; there is no server action for them)", async () => {
    const { customer, file } = await setup();
    const a = await file("Mine one");
    const b = await file("Mine two");
    const customerCookie = await sessionCookie(customer.id);
    expect((await merge(customerCookie, b.ref, a.ref)).status).toBe(403);
    expect((await link(customerCookie, b.ref, a.ref)).status).toBe(403);
    expect((await unlink(customerCookie, b.ref, a.ref)).status).toBe(403);
    expect((await merge("", b.ref, a.ref)).status).toBe(401);
    const prisma = await getPrisma();
    expect((await prisma.ticket.findUniqueOrThrow({ where: { number: b.number } })).mergedIntoId).toBeNull();
  });

  it("the tickets merged into a duplicate follow it when it is merged in turn (one hop)", async () => {
    const { cookie, file } = await setup();
    const [a, b, c] = [await file("One"), await file("Two"), await file("Three")];
    await merge(cookie, a.ref, b.ref);
    await merge(cookie, b.ref, c.ref);
    expect((await detail(cookie, a.ref)).mergedInto?.ref).toBe(c.ref);
  });
});

describe("linking tickets", () => {
  it("links both ways, shows them to agents only, unlinks, and refuses self, twice and not-linked", async () => {
    const { cookie, customer, file } = await setup();
    const a = await file("Card declined");
    const b = await file("Card declined on another device");
    expect((await link(cookie, a.ref, b.ref)).status).toBe(200);
    expect((await detail(cookie, a.ref)).links.map((l) => l.ref)).toEqual([b.ref]);
    expect((await detail(cookie, b.ref)).links.map((l) => l.ref)).toEqual([a.ref]);
    expect((await detail(cookie, b.ref)).entries.at(-1)?.event).toMatchObject({ type: "linked", to: a.ref });
    expect((await detail(await sessionCookie(customer.id), a.ref)).links).toEqual([]);

    expect((await link(cookie, b.ref, a.ref)).status).toBe(409);
    expect((await link(cookie, a.ref, a.ref)).status).toBe(400);
    expect((await link(cookie, a.ref, "BCN-999999")).status).toBe(404);

    const gone = await unlink(cookie, b.ref, a.ref);
    expect(gone.status).toBe(200);
    expect((await detail(cookie, a.ref)).links).toEqual([]);
    expect((await unlink(cookie, b.ref, a.ref)).status).toBe(409);
  });

  it("a merge carries the duplicate's links to the target", async () => {
    const { cookie, file } = await setup();
    const [a, b, c] = [await file("Login fails"), await file("Login fails again"), await file("2FA lost")];
    await link(cookie, b.ref, c.ref);
    await merge(cookie, b.ref, a.ref);
    expect((await detail(cookie, a.ref)).links.map((l) => l.ref)).toEqual([c.ref]);
    expect((await detail(cookie, c.ref)).links.map((l) => l.ref)).toEqual([a.ref]);
    expect((await detail(cookie, b.ref)).links).toEqual([]);
  });
});
