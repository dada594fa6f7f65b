// No zod here: the chat widget reads the accepted types and the size limit from this module, and its bundle stays small.

/** What may be uploaded where. Types are sniffed from the bytes; the file name and the browser's claim are ignored. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const IMAGES = ["image/png", "image/jpeg", "image/gif", "image/webp"];

export const ALLOWED_TYPES = {
  chat: [...IMAGES, "application/pdf"],
  ticket: [...IMAGES, "application/pdf", "video/mp4", "video/quicktime"],
} as const;

export type AttachmentPurpose = keyof typeof ALLOWED_TYPES;

export const isImage = (mimeType: string) => IMAGES.includes(mimeType);

export type AttachmentDto = { id: string; filename: string; mimeType: string; size: number; url: string };

export const attachmentUrl = (id: string) => `/api/v1/attachments/${id}`;

export function toAttachmentDto(row: { id: string; filename: string; mimeType: string; size: number }): AttachmentDto {
  return { id: row.id, filename: row.filename, mimeType: row.mimeType, size: row.size, url: attachmentUrl(row.id) };
}
