import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { AUDIT_PAGE_SIZE, type AuditEventDto, type AuditFilter } from "@/lib/contracts/audit";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

const DAY_MS = 24 * 60 * 60 * 1000;

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.actor) {
    const contains = { contains: filter.actor, mode: "insensitive" as const };
    and.push({ actor: { OR: [{ name: contains }, { email: contains }] } });
  }
  if (filter.action) and.push({ action: { startsWith: filter.action } });
  if (filter.target) {
    // A failed sign-in of an unknown address names it in `data.email`.
    and.push({ OR: [{ targetId: filter.target }, { data: { path: ["email"], equals: filter.target.toLowerCase() } }] });
  }
  if (filter.from) and.push({ createdAt: { gte: new Date(`${filter.from}T00:00:00Z`) } });
  if (filter.to) and.push({ createdAt: { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY_MS) } });
  return { AND: and };
}

const toDto = (row: Prisma.AuditEventGetPayload<{ include: { actor: true } }>): AuditEventDto => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  action: row.action,
  actor: row.actor ? { id: row.actor.id, name: row.actor.name, email: row.actor.email } : null,
  targetType: row.targetType,
  targetId: row.targetId,
  ip: row.ip,
  data: row.data,
});

/** The audit log for admins, newest first, 50 a page. */
export async function findAuditEvents({ actor, filter }: { actor: Actor; filter: AuditFilter }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({
      where,
      include: { actor: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    prisma.auditEvent.count({ where }),
  ]);
  return { events: rows.map(toDto), total, page: filter.page, pageSize: AUDIT_PAGE_SIZE };
}

const EXPORT_LIMIT = 50_000;

/** CSV cells: quoted, and a leading = + - @ neutralised so a spreadsheet never runs a cell as a formula. */
const cell = (value: unknown) => {
  const textValue =
    value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  const safe = /^[=+\-@\t\r]/.test(textValue) ? `'${textValue}` : textValue;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** The filtered log as CSV (at most 50,000 rows); the export itself is audited. */
export async function exportAuditEvents({ actor, filter }: { actor: Actor; filter: AuditFilter }): Promise<string> {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const rows = await prisma.auditEvent.findMany({
    where: whereOf(filter),
    include: { actor: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: EXPORT_LIMIT,
  });
  await prisma.auditEvent.create({
    data: {
      actorId: admin.id,
      action: "audit.exported",
      targetType: "AuditEvent",
      data: { ...filter, rows: rows.length },
    },
  });
  const header = ["time", "action", "actor_name", "actor_email", "target_type", "target_id", "ip", "data"];
  const lines = rows
    .map(toDto)
    .map((event) =>
      [
        event.createdAt,
        event.action,
        event.actor?.name,
        event.actor?.email,
        event.targetType,
        event.targetId,
        event.ip,
        event.data,
      ]
        .map(cell)
        .join(","),
    );
  return `${[header.join(","), ...lines].join("\r\n")}\r\n`;
}
