import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CustomerTicketView } from "@/components/tickets/customer-ticket-view";
import { getActor } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { getTicket } from "@/lib/services/tickets/get-ticket";
import { parseTicketNumber, trackingKeySchema } from "@/lib/contracts/ticket";
import { tryDecodeSegment } from "@/lib/http/body";

export const dynamic = "force-dynamic";

// The key is in the address: never send it on to another site, never index the page.
export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false, follow: false } };

/**
 * The tracking link: /tickets/track/BCN-100001?key=… works without logging in; a wrong key is the same 404. A merged
 * ticket's link redirects to its target's.
 */
export default async function TrackTicketPage({
  params,
  searchParams,
}: {
  params: Promise<{ ticketNumber: string }>;
  searchParams: Promise<{ key?: string | string[] }>;
}) {
  const [{ ticketNumber }, query, actor] = await Promise.all([params, searchParams, getActor()]);
  const number = parseTicketNumber(tryDecodeSegment(ticketNumber) ?? "");
  const key = trackingKeySchema.safeParse(query).data?.key;
  if (!number || !key) notFound();
  const ticket = await getTicket({
    actor: actor && !actor.isGuest && actor.role !== "CUSTOMER" ? null : actor,
    number,
    key,
  }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  // A duplicate that was merged: its link leads on to the ticket it went into.
  if (ticket.mergedInto) redirect(ticket.mergedInto.href);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <CustomerTicketView initial={ticket} trackingKey={key} canAttach={ticket.viewer === "requester"} />
    </div>
  );
}
