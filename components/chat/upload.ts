import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES } from "@/lib/contracts/attachment";

export const MAX_UPLOAD_BYTES = MAX_ATTACHMENT_BYTES;
export const ACCEPTED_TYPES = ALLOWED_TYPES.chat.join(",");

/** A quick answer before uploading; the server sniffs the bytes and has the last word. */
export const isAcceptedType = (type: string) => (ALLOWED_TYPES.chat as readonly string[]).includes(type);
