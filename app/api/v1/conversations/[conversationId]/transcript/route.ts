import { requireUser } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { emailTranscript } from "@/lib/services/chat/email-transcript";
import { getTranscript } from "@/lib/services/chat/get-transcript";

/** Downloads the transcript as a text file, in the reader's language and time zone. */
export const GET = route<{ conversationId: string }>(
  async ({ actor, params, locale, timeZone }) => {
    const transcript = await getTranscript({
      actor: requireUser(actor),
      conversationId: params.conversationId,
      locale,
      timeZone,
    });
    return new Response(transcript.text, {
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": `attachment; filename="${transcript.filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  { scope: "conversations:read" },
);

/** Emails the transcript to the customer's own address, in their time zone (202: queued in the outbox). */
export const POST = route<{ conversationId: string }>(async ({ actor, params, locale }) => {
  const sent = await emailTranscript({ actor: requireUser(actor), conversationId: params.conversationId, locale });
  return Response.json(sent, { status: 202 });
});

export { methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
