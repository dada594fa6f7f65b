import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentPurpose } from "@/lib/contracts/attachment";
import { cleanFilename } from "./filename";

/**
 * The one gate every file passes (uploads and mail attachments alike): refuses empty, oversized and disguised files
 * (an executable renamed .png is refused: the type comes from the bytes) and returns the row to store.
 */
export async function vetAttachment(filename: string, bytes: Uint8Array, purpose: AttachmentPurpose) {
  if (bytes.byteLength === 0) throw new AppError("BAD_REQUEST", "emptyFile");
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", "fileTooLarge", { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
  }
  const sniffed = await fileTypeFromBuffer(bytes);
  const allowed: readonly string[] = ALLOWED_TYPES[purpose];
  if (!sniffed || !allowed.includes(sniffed.mime)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", purpose === "ticket" ? "ticketFileTypeRefused" : "fileTypeRefused");
  }
  return {
    filename: cleanFilename(filename, sniffed.mime),
    mimeType: sniffed.mime,
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    data: Buffer.from(bytes),
  };
}
