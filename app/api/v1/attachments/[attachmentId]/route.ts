import { route, methodNotAllowed } from "@/lib/http/route";
import { getAttachment } from "@/lib/services/attachments/get-attachment";
import { isImage } from "@/lib/contracts/attachment";

/** The file's bytes, served with its sniffed type and locked down so it can never run as a page. */
export const GET = route<{ attachmentId: string }>(async ({ actor, params }) => {
  const file = await getAttachment({ actor, id: params.attachmentId });
  const disposition = isImage(file.mimeType) || file.mimeType === "application/pdf" ? "inline" : "attachment";
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
});

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
