import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

/** Admins remove a mailbox; the mail it received stays (with its tickets), no longer tied to it. */
export async function deleteMailbox({ actor, mailboxId }: { actor: Actor; mailboxId: string }) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.mailbox.deleteMany({ where: { id: mailboxId } });
    if (!count) throw notFound();
    await tx.auditEvent.create({
      data: { actorId: admin.id, action: "mailbox.deleted", targetType: "Mailbox", targetId: mailboxId },
    });
  });
  return null;
}
