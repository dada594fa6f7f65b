import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, toAttachmentDto, type AttachmentDto, type AttachmentPurpose } from "@/lib/contracts/attachment";
import { cleanFilename } from "./filename";

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
  if (bytes.byteLength === 0) throw new AppError("BAD_REQUEST", "emptyFile");
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "fileTooLarge", { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
  }
  const sniffed = await fileTypeFromBuffer(bytes);
  const allowed: readonly string[] = ALLOWED_TYPES[purpose];
  if (!sniffed || !allowed.includes(sniffed.mime)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", purpose === "ticket" ? "ticketFileTypeRefused" : "fileTypeRefused");
  }
  const prisma = await getPrisma();
  const row = await prisma.attachment.create({
    data: {
      filename: cleanFilename(filename, sniffed.mime),
      mimeType: sniffed.mime,
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      data: Buffer.from(bytes),
      uploaderId: uploader.id,
    },
    select: { id: true, filename: true, mimeType: true, size: true },
  });
  return toAttachmentDto(row);
}
