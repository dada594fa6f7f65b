import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors";
import type { MailboxInput } from "@/lib/contracts/inbound-mail";

/**
 * Admins add or change a mailbox; readers pick the change up on their next pass (a changed server or login restarts
 * reading). A blank password keeps the stored one. An address that another mailbox has is a 409.
 */
export async function saveMailbox({
  actor,
  mailboxId,
  input,
}: {
  actor: Actor;
  mailboxId?: string;
  input: MailboxInput;
}) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  const { imapPassword, ...data } = input;
  if (data.topicId && !(await prisma.topic.findUnique({ where: { id: data.topicId }, select: { id: true } }))) {
    throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { topicId: "topicUnknown" });
  }
  try {
    const saved = await prisma.$transaction(async (tx) => {
      const row = mailboxId
        ? await tx.mailbox.update({
            where: { id: mailboxId },
            data: { ...data, ...(imapPassword ? { imapPassword } : {}) },
            select: { id: true },
          })
        : await tx.mailbox.create({ data: { ...data, imapPassword }, select: { id: true } });
      await tx.auditEvent.create({
        data: {
          actorId: admin.id,
          action: mailboxId ? "mailbox.updated" : "mailbox.created",
          targetType: "Mailbox",
          targetId: row.id,
          data: { address: data.address },
        },
      });
      return row;
    });
    return saved;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", "mailboxAddressTaken");
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw notFound();
    throw error;
  }
}
