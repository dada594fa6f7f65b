import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { createNotifications, publishNotifications, type NotificationRow } from "@/lib/services/notifications/notify";
import { publishTicketUpdated } from "@/lib/services/tickets/publish-ticket";
import { entrySelect, toEntryDto } from "@/lib/services/tickets/ticket-dto";
import { publishedSelect } from "@/lib/services/tickets/ticket-state";
import { formatTicketNumber } from "@/lib/validations/ticket";

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

async function recipients(tx: Prisma.TransactionClient, breach: Breach) {
  const ids = new Set<string>();
  if (breach.assigneeId) ids.add(breach.assigneeId);
  if (breach.teamId) {
    for (const m of await tx.teamMember.findMany({ where: { teamId: breach.teamId }, select: { userId: true } })) ids.add(m.userId);
  }
  if (!ids.size) {
    for (const admin of await tx.user.findMany({ where: { role: "ADMIN" }, select: { id: true } })) ids.add(admin.id);
  }
  ids.delete(breach.requesterId);
  return ids;
}

/** One pass of the periodic SLA check: notifies the team of each new breach, exactly once. Returns how many. */
export async function checkSlaBreaches({ now = new Date(), batch = 100 }: { now?: Date; batch?: number } = {}): Promise<number> {
  const prisma = await getPrisma();
  let total = 0;
  for (;;) {
    const result = await prisma.$transaction(async (tx) => {
      const breaches = await tx.$queryRawUnsafe<Breach[]>(CLAIM, now.toISOString(), batch);
      const notifications: NotificationRow[] = [];
      const published = [];
      for (const breach of breaches) {
        const ref = formatTicketNumber(breach.number);
        notifications.push(
          ...(await createNotifications(tx, await recipients(tx, breach), {
            kind: "ticket.sla_breached",
            link: `/console/tickets/${ref}`,
            render: (t) => ({ title: t(`tickets.notify.breached_${breach.target}`, { ref }), body: breach.subject }),
          })),
        );
        const entry = await tx.ticketEntry.create({
          data: { ticketId: breach.id, kind: "EVENT", authorId: null, body: "", event: { type: "slaBreached", to: breach.target }, createdAt: now },
          select: entrySelect,
        });
        const ticket = await tx.ticket.findUniqueOrThrow({ where: { id: breach.id }, select: publishedSelect });
        published.push({ ticket, entry: toEntryDto(entry, breach.requesterId) });
      }
      return { count: breaches.length, notifications, published };
    });
    for (const { ticket, entry } of result.published) publishTicketUpdated(ticket, [entry]);
    publishNotifications(result.notifications);
    total += result.count;
    if (result.count < batch) return total;
  }
}
