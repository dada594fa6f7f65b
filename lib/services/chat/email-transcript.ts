import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueEmail } from "@/lib/mail/outbox";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { getTranscript } from "./get-transcript";

/**
 * Mails the transcript to the customer's own address. The visitors' and agents' words go there only once the address
 * is proven; until then the address gets a confirmation link and the transcript waits (`held`). Three a conversation
 * an hour.
 */
export async function emailTranscript({
  actor,
  conversationId,
  locale,
}: {
  actor: Actor;
  conversationId: string;
  locale: Locale;
}): Promise<{ to: string; held: boolean }> {
  const transcript = await getTranscript({ actor, conversationId, locale });
  await consumeOrThrow(limiter("chat-transcript", 3, 3600), conversationId, "transcriptRateLimited");
  const prisma = await getPrisma();
  const queued = await enqueueEmail(prisma, {
    to: transcript.to,
    subject: transcript.subject,
    text: transcript.text,
    locale,
  });
  return { to: transcript.to, held: queued.status === "HELD" };
}
