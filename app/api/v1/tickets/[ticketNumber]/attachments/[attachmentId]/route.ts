import { route, methodNotAllowed } from "@/lib/http/route";
import { getAttachment } from "@/lib/services/attachments/get-attachment";
import { isImage } from "@/lib/contracts/attachment";
import { ticketIdsForKey } from "@/lib/services/tickets/get-ticket";
import { ticketNumberParam } from "@/lib/http/ticket-param";
import { trackingKeySchema } from "@/lib/contracts/ticket";

/** A ticket's file for a tracking-link holder (`?key=`); the same rules as /api/v1/attachments otherwise. */
export const GET = route<{ ticketNumber: string; attachmentId: string }>(
  async ({ actor, params, query }) => {
    const { key } = query(trackingKeySchema);
    const ticketIds = key ? await ticketIdsForKey({ number: ticketNumberParam(params.ticketNumber), key }) : [];
    const file = await getAttachment({ actor, id: params.attachmentId, ticketIds });
    const disposition = isImage(file.mimeType) || file.mimeType === "application/pdf" ? "inline" : "attachment";
    return new Response(new Uint8Array(file.data), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.size),
        "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  },
  { scope: "tickets:read" },
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
