import type { Actor } from "@/lib/auth/actor";
import { requireUser } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localize, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { describeTimeZone, resolveTimeZone } from "@/lib/i18n/time-zones";
import type { SystemEvent } from "@/lib/contracts/chat";
import { conversationScope } from "@/lib/conversations/access";
import { auditRefusal } from "./refusal";

export type Transcript = { filename: string; subject: string; text: string; to: string };

/**
 * The conversation as plain text in the reader's language: what the customer saw (never internal notes, also when an
 * agent downloads it), with attachments named. Times are in `timeZone` (the reader's, for a download), else in the
 * customer's own zone (the transcript is mailed to them), and the text names the zone.
 */
export async function getTranscript({
  actor,
  conversationId,
  locale,
  timeZone,
}: {
  actor: Actor;
  conversationId: string;
  locale: Locale;
  timeZone?: string;
}): Promise<Transcript> {
  const user = requireUser(actor);
  const prisma = await getPrisma();
  const conversation = await prisma.conversation.findFirst({
    where: { id: conversationId, ...conversationScope(user) },
    select: {
      id: true,
      createdAt: true,
      closedAt: true,
      customer: { select: { name: true, contactEmail: true, timeZone: true } },
      messages: {
        where: { internal: false },
        orderBy: { seq: "asc" },
        select: {
          authorKind: true,
          body: true,
          meta: true,
          createdAt: true,
          author: { select: { name: true } },
          attachments: { select: { filename: true, size: true } },
        },
      },
    },
  });
  if (!conversation) {
    await auditRefusal(user, conversationId, "conversation.transcript");
    throw new AppError("NOT_FOUND", "conversationNotFound");
  }
  const t = translator(locale);
  const zone = timeZone ?? resolveTimeZone({ saved: conversation.customer.timeZone });
  const stamp = new Intl.DateTimeFormat("sv-SE", { timeZone: zone, dateStyle: "short", timeStyle: "medium" });
  const when = (date: Date) => `${stamp.format(date)}`;
  const lines = [
    t("chat.transcript.heading"),
    t("chat.transcript.customer", { name: conversation.customer.name, email: conversation.customer.contactEmail }),
    t("chat.transcript.started", { time: when(conversation.createdAt) }),
    ...(conversation.closedAt ? [t("chat.transcript.closed", { time: when(conversation.closedAt) })] : []),
    t("chat.transcript.timeZone", { zone: describeTimeZone(zone, locale, conversation.createdAt) }),
    "",
  ];
  for (const message of conversation.messages) {
    if (message.authorKind === "SYSTEM") {
      lines.push(
        `[${when(message.createdAt)}] — ${systemLine(message.meta as SystemEvent | null, message.body, locale)} —`,
      );
      continue;
    }
    const who =
      message.authorKind === "CUSTOMER"
        ? conversation.customer.name
        : t("chat.transcript.agent", { name: message.author?.name ?? "" });
    lines.push(`[${when(message.createdAt)}] ${who}:`);
    if (message.body) lines.push(...message.body.split("\n").map((line) => `    ${line}`));
    for (const file of message.attachments)
      lines.push(
        `    ${t("chat.transcript.attachment", { name: file.filename, kb: Math.max(1, Math.round(file.size / 1024)) })}`,
      );
  }
  const day = new Intl.DateTimeFormat("sv-SE", { timeZone: zone, dateStyle: "short" }).format(conversation.createdAt);
  return {
    filename: `beacon-chat-${day}-${conversation.id.slice(-6)}.txt`,
    subject: t("chat.transcript.subject", { date: day }),
    text: `${lines.join("\n")}\n`,
    to: conversation.customer.contactEmail,
  };
}

/** A system line in the reader's language (the English body is the fallback for unknown events). */
export function systemLine(event: SystemEvent | null, fallback: string, locale: Locale): string {
  const t = translator(locale);
  switch (event?.event) {
    case "agent_joined":
      return t("chat.system.agentJoined", { name: event.name });
    case "transferred_agent":
      return t("chat.system.transferredAgent", { name: event.to });
    case "transferred_team":
      return t("chat.system.transferredTeam", { team: localize(event.team, locale) });
    case "closed":
      return event.by === "CUSTOMER"
        ? t("chat.system.closedByCustomer")
        : t("chat.system.closedByAgent", { name: event.name });
    default:
      return fallback;
  }
}
