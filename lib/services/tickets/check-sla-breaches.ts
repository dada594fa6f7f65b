import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { createNotificationBatch, publishNotifications } from "@/lib/services/notifications/notify";
import { publishTicketUpdated } from "./publish-ticket";
import { entrySelect, toEntryDto } from "@/lib/tickets/dto";
import { publishedSelect } from "./ticket-state";
import { formatTicketNumber } from "@/lib/contracts/ticket";

type Breach = {
  id: string;
  number: number;
  subject: string;
  teamId: string | null;
  assigneeId: string | null;
  requesterId: string;
  target: "firstResponse" | "resolution";
};

/**
 * Claims tickets whose running deadline has passed and whose breach nobody has been told about, and marks them
 * notified in the same statement. `FOR UPDATE SKIP LOCKED` lets several instances run this at once without taking
 * the same ticket; the condition in the UPDATE (checked again under the row lock) makes each breach count once.
 * A later deadline of the same ticket (resolution after first response, or after a pause) is a new breach.
 */
const CLAIM = `
  WITH due AS (
    SELECT "id" FROM "Ticket"
    WHERE "slaDueAt" <= $1::timestamp AND ("slaBreachNotifiedAt" IS NULL OR "slaBreachNotifiedAt" < "slaDueAt")
    ORDER BY "slaDueAt"
    LIMIT $2
    FOR UPDATE SKIP LOCKED
  )
  UPDATE "Ticket" t SET "slaBreachNotifiedAt" = $1::timestamp
  FROM due
  WHERE t."id" = due."id" AND t."slaDueAt" <= $1::timestamp
    AND (t."slaBreachNotifiedAt" IS NULL OR t."slaBreachNotifiedAt" < t."slaDueAt")
  RETURNING t."id", t."number", t."subject", t."teamId", t."assigneeId", t."requesterId",
    CASE WHEN t."firstRespondedAt" IS NULL AND t."slaDueAt" = t."firstResponseDueAt" THEN 'firstResponse' ELSE 'resolution' END AS "target"`;

/** The assignee and the team of each breached ticket; admins when a ticket has neither. Never the requester. */
async function recipients(tx: Prisma.TransactionClient, breaches: Breach[]): Promise<Map<string, Set<string>>> {
  const teamIds = [...new Set(breaches.map((b) => b.teamId).filter((id): id is string => Boolean(id)))];
  const [members, admins] = await Promise.all([
    tx.teamMember.findMany({ where: { teamId: { in: teamIds } }, select: { teamId: true, userId: true } }),
    tx.user.findMany({ where: { role: "ADMIN" }, select: { id: true } }),
  ]);
  const byTeam = new Map<string, string[]>();
  for (const m of members) byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m.userId]);
  return new Map(
    breaches.map((breach) => {
      const ids = new Set([
        ...(breach.assigneeId ? [breach.assigneeId] : []),
        ...(breach.teamId ? (byTeam.get(breach.teamId) ?? []) : []),
      ]);
      if (!ids.size) for (const admin of admins) ids.add(admin.id);
      ids.delete(breach.requesterId);
      return [breach.id, ids];
    }),
  );
}

/**
 * One pass of the periodic SLA check: notifies the team of each new breach, exactly once. Each batch is one short
 * transaction with a fixed number of statements, however many tickets it holds. Returns how many breaches.
 */
export async function checkSlaBreaches({
  now = new Date(),
  batch = 50,
}: { now?: Date; batch?: number } = {}): Promise<number> {
  const prisma = await getPrisma();
  let total = 0;
  for (;;) {
    const result = await prisma.$transaction(
      async (tx) => {
        const breaches = await tx.$queryRawUnsafe<Breach[]>(CLAIM, now.toISOString(), batch);
        if (!breaches.length) return { count: 0, notifications: [], published: [] };
        const who = await recipients(tx, breaches);
        const notifications = await createNotificationBatch(
          tx,
          breaches.map((breach) => {
            const ref = formatTicketNumber(breach.number);
            return {
              userIds: who.get(breach.id) ?? [],
              draft: {
                kind: "ticket.sla_breached",
                link: `/console/tickets/${ref}`,
                render: (t) => ({
                  title: t(`tickets.notify.breached_${breach.target}`, { ref }),
                  body: breach.subject,
                }),
              },
            };
          }),
        );
        const created = await tx.ticketEntry.createManyAndReturn({
          data: breaches.map((breach) => ({
            ticketId: breach.id,
            kind: "EVENT" as const,
            body: "",
            event: { type: "slaBreached", to: breach.target },
            createdAt: now,
          })),
          select: { id: true },
        });
        const entries = await tx.ticketEntry.findMany({
          where: { id: { in: created.map((e) => e.id) } },
          select: entrySelect,
        });
        const tickets = await tx.ticket.findMany({
          where: { id: { in: breaches.map((b) => b.id) } },
          select: publishedSelect,
        });
        const published = tickets.map((ticket) => ({
          ticket,
          entry: toEntryDto(
            entries.find((e) => e.ticketId === ticket.id)!,
            ticket.requesterId,
          ),
        }));
        return { count: breaches.length, notifications, published };
      },
      { timeout: 30_000 },
    );
    for (const { ticket, entry } of result.published) publishTicketUpdated(ticket, [entry]);
    publishNotifications(result.notifications);
    total += result.count;
    if (result.count < batch) return total;
  }
}
