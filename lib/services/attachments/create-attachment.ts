import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import type { AttachmentDto } from "@/lib/realtime/events";
import type { AttachmentPurpose } from "./policy";
import { vetAttachment } from "./vet-attachment";

export const attachmentUrl = (id: string) => `/api/v1/attachments/${id}`;

export function toAttachmentDto(row: { id: string; filename: string; mimeType: string; size: number }): AttachmentDto {
  return { id: row.id, filename: row.filename, mimeType: row.mimeType, size: row.size, url: attachmentUrl(row.id) };
}

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
