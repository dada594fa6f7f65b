// The emails a requester gets about a ticket, in the ticket's language. Rendered when queued, so the outbox holds
// exactly what will be sent.
import { toLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import type { OutgoingEmail } from "./outbox";
import { renderHtml, renderText, type EmailContent } from "./render";

type TicketRef = {
  id?: string;
  number: number;
  subject: string;
  locale: string;
  requester: { name: string; contactEmail: string };
};

function compose(
  ticket: TicketRef,
  build: (t: ReturnType<typeof translator>, ref: string) => { subject: string; content: EmailContent },
): OutgoingEmail {
  const locale = toLocale(ticket.locale);
  const { subject, content } = build(translator(locale), formatTicketNumber(ticket.number));
  return {
    to: ticket.requester.contactEmail,
    subject,
    text: renderText(content),
    html: renderHtml(content),
    ticketId: ticket.id ?? null,
    locale,
  };
}

const base = (t: ReturnType<typeof translator>, name: string) => ({
  greeting: t("tickets.email.greeting", { name }),
  signature: t("tickets.email.signature"),
});

export function ticketCreatedEmail(ticket: TicketRef, link: string): OutgoingEmail {
  return compose(ticket, (t, ref) => ({
    subject: t("tickets.email.createdSubject", { ref, subject: ticket.subject }),
    content: {
      ...base(t, ticket.requester.name),
      preheader: t("tickets.email.createdLead", { ref }),
      paragraphs: [t("tickets.email.createdLead", { ref }), t("tickets.email.createdBody")],
      action: { label: t("tickets.email.trackAction"), url: link },
      notes: [t("tickets.email.keepPrivate")],
    },
  }));
}

/** A public reply; when the same submission solved the ticket, the email says so (one email, not two). */
export function ticketRepliedEmail(
  ticket: TicketRef,
  reply: { author: string; body: string },
  link: string,
  solvedWithinDays: number | null = null,
): OutgoingEmail {
  return compose(ticket, (t, ref) => ({
    subject: t(solvedWithinDays === null ? "tickets.email.repliedSubject" : "tickets.email.solvedSubject", {
      ref,
      subject: ticket.subject,
    }),
    content: {
      ...base(t, ticket.requester.name),
      preheader: reply.body.slice(0, 120),
      paragraphs: [t("tickets.email.repliedLead", { ref, author: reply.author })],
      quote: reply,
      action: { label: t("tickets.email.replyAction"), url: link },
      notes: solvedWithinDays === null ? [] : [t("tickets.email.solvedBody", { days: solvedWithinDays })],
      rating: solvedWithinDays === null ? undefined : ratingLinks(t, link),
    },
  }));
}

/**
 * One link per score: the ticket's tracking link (signed with the server secret, no sign-in) with `rate=N`; the page
 * it opens records the score at once (a POST, so a mail scanner following the link rates nothing) and asks why.
 */
function ratingLinks(t: ReturnType<typeof translator>, link: string): EmailContent["rating"] {
  const join = link.includes("?") ? "&" : "?";
  return {
    lead: t("tickets.email.rateLead"),
    links: [1, 2, 3, 4, 5].map((score) => ({
      label: t("tickets.email.rateScore", { score }),
      url: `${link}${join}rate=${score}`,
    })),
  };
}

export function ticketSolvedEmail(ticket: TicketRef, link: string, reopenDays: number): OutgoingEmail {
  return compose(ticket, (t, ref) => ({
    subject: t("tickets.email.solvedSubject", { ref, subject: ticket.subject }),
    content: {
      ...base(t, ticket.requester.name),
      paragraphs: [t("tickets.email.solvedLead", { ref }), t("tickets.email.solvedBody", { days: reopenDays })],
      action: { label: t("tickets.email.viewAction"), url: link },
      rating: ratingLinks(t, link),
    },
  }));
}

export function trackingLinkEmail(ticket: TicketRef, link: string): OutgoingEmail {
  return compose(ticket, (t, ref) => ({
    subject: t("tickets.email.linkSubject", { ref }),
    content: {
      ...base(t, ticket.requester.name),
      paragraphs: [t("tickets.email.linkLead", { ref })],
      action: { label: t("tickets.email.trackAction"), url: link },
      notes: [t("tickets.email.keepPrivate")],
    },
  }));
}
