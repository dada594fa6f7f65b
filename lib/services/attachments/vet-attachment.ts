import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentPurpose } from "./policy";

/** A safe display name: no path, no control characters, at most 200 characters. */
function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return cleaned || "file";
}

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
    filename: cleanFilename(filename),
    mimeType: sniffed.mime,
    size: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    data: Buffer.from(bytes),
  };
}
