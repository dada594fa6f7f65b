import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { MAX_TICKET_ATTACHMENTS } from "@/lib/contracts/ticket";

/**
 * Attaches uploaded files to a thread entry: only the uploader's own files that are not attached anywhere yet, at
 * most five. Anything else fails the whole submission (the caller's transaction rolls back).
 */
export async function linkAttachments(
  tx: Pick<Prisma.TransactionClient, "attachment">,
  { ids, uploaderId, entryId }: { ids: string[]; uploaderId: string | null; entryId: string },
): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  if (unique.length > MAX_TICKET_ATTACHMENTS || !uploaderId) {
    throw new AppError(
      "VALIDATION_FAILED",
      "VALIDATION_FAILED",
      { max: MAX_TICKET_ATTACHMENTS },
      { attachmentIds: "attachmentsInvalid" },
    );
  }
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: unique }, uploaderId, ticketEntryId: null, messageId: null },
    data: { ticketEntryId: entryId },
  });
  if (count !== unique.length) {
    throw new AppError(
      "VALIDATION_FAILED",
      "VALIDATION_FAILED",
      { max: MAX_TICKET_ATTACHMENTS },
      { attachmentIds: "attachmentsInvalid" },
    );
  }
}
