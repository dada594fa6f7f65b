import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { toAttachmentDto, type AttachmentDto, type AttachmentPurpose } from "@/lib/contracts/attachment";
import { vetAttachment } from "@/lib/attachments/vet-attachment";

/**
 * Stores an uploaded file, unattached, for its uploader to attach to a message or ticket reply. Refuses empty,
 * oversized and disguised files (an executable renamed .png is refused: the type comes from the bytes).
 */
export async function createAttachment({
  actor,
  filename,
  bytes,
  purpose,
}: {
  actor: Actor;
  filename: string;
  bytes: Uint8Array;
  purpose: AttachmentPurpose;
}): Promise<AttachmentDto> {
  const uploader = requireUser(actor);
  const vetted = await vetAttachment(filename, bytes, purpose);
  const prisma = await getPrisma();
  const row = await prisma.attachment.create({
    data: { ...vetted, uploaderId: uploader.id },
    select: { id: true, filename: true, mimeType: true, size: true },
  });
  return toAttachmentDto(row);
}
