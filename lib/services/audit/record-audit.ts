import type { Prisma } from "@/lib/db/generated/client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
};

/** Records one security-relevant action, in the transaction that made it when there is one (docs/security.md). */
export async function recordAudit(db: Pick<Prisma.TransactionClient, "auditEvent">, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? "User",
      targetId: entry.targetId ?? null,
      data: entry.data,
      ip: entry.ip?.slice(0, 64) ?? null,
    },
  });
}
