import type { Prisma } from "@/lib/db/generated/client";
import { getPrisma } from "@/lib/db/client";
import type { TicketSummaryDto } from "@/lib/contracts/ticket";
import type { TicketViewer } from "@/lib/tickets/access";
import { toSummaryDto } from "@/lib/tickets/dto";

type Row = {
  id: string;
  number: number;
  subject: string;
  status: TicketSummaryDto["status"];
  priority: TicketSummaryDto["priority"];
  channel: TicketSummaryDto["channel"];
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  slaDueAt: Date | null;
  slaAtRiskAt: Date | null;
  slaPausedAt: Date | null;
  requesterId: string;
  verified: boolean;
  rName: string;
  rEmail: string;
  rGuest: boolean;
  rVip: number;
  aId: string | null;
  aName: string | null;
  teamId: string | null;
  teamName: Prisma.JsonValue | null;
  topicId: string | null;
  topicSlug: string | null;
  topicName: Prisma.JsonValue | null;
};

// One query with the joins a list row needs: lists are the hot path (measured: Prisma's relation loading cost
// ~15 ms per page of 25, this ~2 ms).
const SUMMARY_SQL = `
  SELECT t."id", t."number", t."subject", t."status", t."priority", t."channel", t."tags", t."createdAt", t."updatedAt",
    t."slaDueAt", t."slaAtRiskAt", t."slaPausedAt", t."requesterId", t."verified",
    r."name" AS "rName", r."contactEmail" AS "rEmail", r."isGuest" AS "rGuest", r."vipLevel" AS "rVip",
    a."id" AS "aId", a."name" AS "aName",
    tm."id" AS "teamId", tm."name" AS "teamName",
    tp."id" AS "topicId", tp."slug" AS "topicSlug", tp."name" AS "topicName"
  FROM "Ticket" t
  JOIN "User" r ON r."id" = t."requesterId"
  LEFT JOIN "User" a ON a."id" = t."assigneeId"
  LEFT JOIN "Team" tm ON tm."id" = t."teamId"
  LEFT JOIN "Topic" tp ON tp."id" = t."topicId"
  WHERE t."id" = ANY($1::text[])`;

/** The list rows for these ticket ids, in the given order. */
export async function loadSummaries(ids: string[], viewer: TicketViewer, now: Date): Promise<TicketSummaryDto[]> {
  if (!ids.length) return [];
  const prisma = await getPrisma();
  const rows = await prisma.$queryRawUnsafe<Row[]>(SUMMARY_SQL, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      toSummaryDto(
        {
          ...row,
          requester: {
            id: row.requesterId,
            name: row.rName,
            contactEmail: row.rEmail,
            isGuest: row.rGuest,
            vipLevel: row.rVip,
          },
          assignee: row.aId ? { id: row.aId, name: row.aName! } : null,
          team: row.teamId ? { id: row.teamId, name: row.teamName! } : null,
          topic: row.topicId ? { id: row.topicId, slug: row.topicSlug!, name: row.topicName! } : null,
        },
        viewer,
        now,
      ),
    ];
  });
}
