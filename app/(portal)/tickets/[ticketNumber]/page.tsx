import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CustomerTicketView } from "@/components/tickets/customer-ticket-view";
import { ButtonLink } from "@/components/ui/button";
import { isAgent } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { getTicket } from "@/lib/services/tickets/get-ticket";
import { parseTicketNumber } from "@/lib/contracts/ticket";
import { tryDecodeSegment } from "@/lib/http/body";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ ticketNumber: string }> }): Promise<Metadata> {
  return { title: tryDecodeSegment((await params).ticketNumber) ?? "", robots: { index: false } };
}

/** A requester's own ticket (signed in, or the guest browser that filed it). Agents go to the console. */
export default async function MyTicketPage({ params }: { params: Promise<{ ticketNumber: string }> }) {
  const { ticketNumber } = await params;
  const number = parseTicketNumber(tryDecodeSegment(ticketNumber) ?? "");
  if (!number) notFound();
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=/tickets/${encodeURIComponent(ticketNumber)}`);
  const ticket = await getTicket({ actor, number }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (isAgent(actor) && ticket.viewer === "agent" && ticket.requester.id !== actor.id)
    redirect(`/console/tickets/${ticket.ref}`);
  if (ticket.mergedInto) redirect(ticket.mergedInto.href);
  const t = await getTranslations("tickets.detail");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <ButtonLink href="/tickets" variant="ghost" size="sm" className="mb-4 -ml-2">
        ← {t("back")}
      </ButtonLink>
      <CustomerTicketView initial={{ ...ticket, viewer: "requester" }} trackingKey={null} canAttach />
    </div>
  );
}
