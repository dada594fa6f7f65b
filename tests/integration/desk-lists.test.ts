import { describe, expect, it } from "vitest";
import { toActor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { listTicketsSchema } from "@/lib/contracts/ticket";
import { findTickets } from "@/lib/services/tickets/find-tickets";
import { createUser } from "../factories/users";

describe("the console's ticket lists", () => {
  it("put breached work first, then urgent, then the nearest deadline, then the latest change", async () => {
    const prisma = await getPrisma();
    const agent = toActor(await createUser({ role: "AGENT" }));
    const vip = await createUser({ vipLevel: 5 });
    const now = Date.now();
    const at = (minutes: number) => new Date(now + minutes * 60_000);
    const ticket = (subject: string, data: object) =>
      prisma.ticket.create({ data: { subject, requesterId: vip.id, status: "NEW", ...data } });
    // Created in the order the old list (latest change first) would have shown last-to-first.
    await ticket("breached urgent", { priority: "URGENT", slaDueAt: at(-30), updatedAt: at(-600) });
    await ticket("urgent, due later", { priority: "URGENT", slaDueAt: at(90), updatedAt: at(-300) });
    await ticket("urgent, due soon", { priority: "URGENT", slaDueAt: at(20), updatedAt: at(-200) });
    await ticket("normal, no deadline", { priority: "NORMAL", updatedAt: at(-1) });
    await ticket("normal, breached", { priority: "NORMAL", slaDueAt: at(-5), updatedAt: at(-2) });
    await ticket("low, fresh", { priority: "LOW", slaDueAt: at(5), updatedAt: at(0) });
    await ticket("solved", { status: "SOLVED", priority: "URGENT", slaDueAt: at(-60) });
    const page = await findTickets({ actor: agent, input: listTicketsSchema.parse({ view: "unassigned" }) });
    expect(page.tickets.map((t) => t.subject)).toEqual([
      "breached urgent",
      "normal, breached",
      "urgent, due soon",
      "urgent, due later",
      "normal, no deadline",
      "low, fresh",
    ]);
    const all = await findTickets({ actor: agent, input: listTicketsSchema.parse({ view: "all" }) });
    expect(all.tickets[0].subject).toBe("breached urgent");
  });
});
