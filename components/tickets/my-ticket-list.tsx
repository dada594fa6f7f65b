import { ChevronRight, Inbox } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TicketSummaryDto } from "@/lib/contracts/ticket";
import { StatusBadge } from "./badges";
import { RelativeTime } from "./sla-badge";

/** "My tickets": each request with its number, status in the customer's words, and when it last moved. */
export function MyTicketList({ tickets }: { tickets: TicketSummaryDto[] }) {
  const t = useTranslations("tickets");
  if (!tickets.length) {
    return (
      <Card className="flex flex-col items-center px-6 py-14 text-center">
        <Inbox aria-hidden className="size-10 text-slate-300" />
        <p className="mt-3 font-semibold text-slate-900">{t("empty")}</p>
        <p className="mt-1 max-w-sm text-sm text-slate-600">{t("emptyBody")}</p>
        <ButtonLink href="/tickets/new" className="mt-6">
          {t("newTicket")}
        </ButtonLink>
      </Card>
    );
  }
  return (
    <Card className="overflow-hidden">
      <ul className="divide-y divide-slate-100" data-testid="my-tickets">
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <Link
              href={`/tickets/${ticket.ref}`}
              className="flex items-center gap-4 px-4 py-4 hover:bg-slate-50 sm:px-6"
            >
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-mono text-xs font-semibold text-brand-700">{ticket.ref}</span>
                  <StatusBadge status={ticket.status} audience="customer" />
                </div>
                <p className="mt-1 truncate font-medium text-slate-900">{ticket.subject}</p>
                <p className="mt-0.5 text-xs text-slate-500">
                  {t("colUpdated")} <RelativeTime iso={ticket.updatedAt} />
                </p>
              </div>
              <ChevronRight aria-hidden className="size-5 shrink-0 text-slate-400" />
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
