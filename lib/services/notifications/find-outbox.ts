import { config } from "@/lib/config";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { OutboxStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

export const OUTBOX_PAGE_SIZE = 50;

/** Admins: the email outbox, newest first, with how many mails are in each state. */
export async function findOutbox({ actor, status, page = 1 }: { actor: Actor; status?: OutboxStatus; page?: number }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const where = status ? { status } : {};
  const [rows, total, byStatus] = await Promise.all([
    prisma.emailOutbox.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        to: true,
        subject: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        sentAt: true,
        createdAt: true,
      },
    }),
    prisma.emailOutbox.count({ where }),
    prisma.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const counts: Record<OutboxStatus, number> = { PENDING: 0, HELD: 0, SENT: 0, FAILED: 0 };
  for (const row of byStatus) counts[row.status] = row._count._all;
  return {
    emails: rows.map((row) => ({
      ...row,
      nextAttemptAt: row.nextAttemptAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    total,
    counts,
    page,
    pageSize: OUTBOX_PAGE_SIZE,
  };
}

/** Admins: send a FAILED mail again, with fresh attempts. (A pending one may be mid-send: it is left alone.) */
export async function retryOutboxEmail({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.emailOutbox.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
  });
  if (!count) throw new AppError("NOT_FOUND", "outboxNotFound");
  await prisma.auditEvent.create({
    data: { actorId: admin.id, action: "outbox.retry", targetType: "EmailOutbox", targetId: id },
  });
}

/** Where mail goes, for the admin page: the SMTP host (never the credentials), or null when not configured. */
export function smtpHost(): string | null {
  const url = config().SMTP_URL;
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}`;
  } catch {
    return "?";
  }
}
