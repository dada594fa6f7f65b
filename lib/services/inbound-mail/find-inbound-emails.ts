import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { InboundEmailDto } from "@/lib/contracts/inbound-mail";

export const INBOUND_PAGE_SIZE = 50;

/** Admins: mail that did not become a ticket entry (unreadable, failing, or set aside as a loop), newest first. */
export async function findInboundEmails({
  actor,
  status,
  page = 1,
}: {
  actor: Actor;
  status?: "FAILED" | "IGNORED";
  page?: number;
}) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const where = { status: status ? status : { in: ["FAILED" as const, "IGNORED" as const] } };
  const [rows, total, failed] = await Promise.all([
    prisma.inboundEmail.findMany({
      where,
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * INBOUND_PAGE_SIZE,
      take: INBOUND_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        reason: true,
        fromAddress: true,
        subject: true,
        receivedAt: true,
        attempts: true,
        mailbox: { select: { name: true } },
      },
    }),
    prisma.inboundEmail.count({ where }),
    prisma.inboundEmail.count({ where: { status: "FAILED" } }),
  ]);
  const emails: InboundEmailDto[] = rows.map(({ mailbox, receivedAt, ...row }) => ({
    ...row,
    mailbox: mailbox?.name ?? null,
    receivedAt: receivedAt.toISOString(),
  }));
  return { emails, total, failed, page, pageSize: INBOUND_PAGE_SIZE };
}
