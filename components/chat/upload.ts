import { ALLOWED_TYPES } from "@/lib/contracts/attachment";

const CHAT_TYPES: readonly string[] = ALLOWED_TYPES.chat;

export const ACCEPTED_TYPES = CHAT_TYPES.join(",");

/** A quick answer before uploading; the server sniffs the bytes and has the last word. */
export const isAcceptedType = (type: string) => CHAT_TYPES.includes(type);
