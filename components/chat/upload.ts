// Literal, not read from lib/contracts/attachment (which defines them): that module brings zod, too heavy for the widget.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_TYPES = "image/png,image/jpeg,image/gif,image/webp,application/pdf";

/** A quick answer before uploading; the server sniffs the bytes and has the last word. */
export const isAcceptedType = (type: string) => ACCEPTED_TYPES.split(",").includes(type);
