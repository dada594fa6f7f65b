import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgentTicketView } from "@/components/tickets/agent-ticket-view";
import { UrgentActions } from "@/components/console/urgent-actions";
import { findAccountActions } from "@/lib/services/account-actions/actions-admin";
import { ButtonLink } from "@/components/ui/button";
import { ReviewLink } from "@/components/quality/review-link";
import { isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { findCannedResponses } from "@/lib/services/canned/find-canned-responses";
import { getTicket } from "@/lib/services/tickets/get-ticket";
import { getTicketOptions } from "@/lib/services/tickets/ticket-options";
import { parseTicketNumber } from "@/lib/contracts/ticket";
import { tryDecodeSegment } from "@/lib/http/body";
import { recordStaffView } from "@/lib/services/audit/record-staff-view";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ ticketNumber: string }> }): Promise<Metadata> {
  return { title: tryDecodeSegment((await params).ticketNumber) ?? "" };
}

export default async function ConsoleTicketPage({ params }: { params: Promise<{ ticketNumber: string }> }) {
  const agent = await getAgent();
  const number = parseTicketNumber(tryDecodeSegment((await params).ticketNumber) ?? "");
  if (!number) notFound();
  const [ticket, options, canned, t, actions] = await Promise.all([
    getTicket({ actor: agent, number }).catch((error) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    getTicketOptions({ actor: agent }),
    findCannedResponses({ actor: agent }),
    getTranslations("tickets.agent"),
    findAccountActions({ actor: agent }),
  ]);
  const reviewable =
    isSupervisor(agent) &&
    (ticket.status === "SOLVED" || ticket.status === "CLOSED") &&
    !!ticket.assignee &&
    ticket.assignee.id !== agent.id;
  await recordStaffView({ actor: agent, customerId: ticket.requester.id, via: "ticket", ref: ticket.ref });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ButtonLink href="/console/tickets" variant="ghost" size="sm" className="-ml-2">
          ← {t("back")}
        </ButtonLink>
        {reviewable ? <ReviewLink kind="ticket" href={`/console/tickets/${ticket.ref}/review`} /> : null}
      </div>
      {ticket.priority === "URGENT" ? (
        <UrgentActions target={{ kind: "ticket", ref: ticket.ref }} actions={actions.filter((a) => a.active)} urgent />
      ) : null}
      <AgentTicketView
        initial={ticket}
        me={{ id: agent.id, name: agent.name }}
        agents={options.agents}
        teams={options.teams}
        canned={canned}
      />
    </div>
  );
}
