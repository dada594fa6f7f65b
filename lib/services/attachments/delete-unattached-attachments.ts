import { getPrisma } from "@/lib/db/client";

/** An upload nobody attached to a message or ticket reply within this long is deleted. */
export const UNATTACHED_TTL_MS = 24 * 60 * 60 * 1000;

/** Deletes uploads older than a day that belong to no message and no ticket entry; returns how many. */
export async function deleteUnattachedAttachments(now = new Date()): Promise<number> {
  const prisma = await getPrisma();
  const { count } = await prisma.attachment.deleteMany({
    where: { messageId: null, ticketEntryId: null, createdAt: { lt: new Date(now.getTime() - UNATTACHED_TTL_MS) } },
  });
  return count;
}
