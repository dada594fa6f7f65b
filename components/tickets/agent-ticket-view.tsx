"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { getSocket, on } from "@/lib/realtime/client";
import type { TicketPresenceDto } from "@/lib/contracts/ticket";
import type { ServerEventPayload } from "@/lib/realtime/events";
import type { NamedRef, TicketDetailDto } from "@/lib/contracts/ticket";
import { PriorityLabel, StatusBadge } from "./badges";
import type { CannedReply } from "./canned-picker";
import { PresenceSign } from "./presence-sign";
import { TicketComposer } from "./ticket-composer";
import { TicketProperties } from "./ticket-properties";
import { TicketRelations } from "./ticket-relations";
import { TicketSidebar } from "./ticket-sidebar";
import { TicketThread } from "./ticket-thread";
import { useTicketLive } from "./use-ticket-live";

type Props = {
  initial: TicketDetailDto;
  me: { id: string; name: string };
  agents: { id: string; name: string }[];
  teams: NamedRef[];
  canned: CannedReply[];
};

/** The agent's ticket page: thread, composer and properties, live — with who else is viewing or replying. */
export function AgentTicketView({ initial, me, agents, teams, canned }: Props) {
  const t = useTranslations("tickets.agent");
  const [presence, setPresence] = useState<TicketPresenceDto[]>([]);
  const { ticket, reload } = useTicketLive(initial, null, (event: ServerEventPayload<"ticket.updated">) => {
    if (event.by && event.by.id !== me.id)
      toast.info(t("updatedBy", { name: event.by.name }), { id: `ticket-${event.ticketId}` });
  });

  useEffect(() => {
    return on(
      getSocket(),
      "ticket.presence",
      (payload) => payload.ticketId === initial.id && setPresence(payload.presence),
    );
  }, [initial.id]);

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-5">
        <header className="space-y-2">
          <div className="flex flex-wrap items-center gap-3">
            <span className="font-mono text-sm font-semibold text-slate-500">{ticket.ref}</span>
            <StatusBadge status={ticket.status} audience="agent" />
            <PriorityLabel priority={ticket.priority} />
            {ticket.tags.map((tag) => (
              <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                #{tag}
              </span>
            ))}
          </div>
          <h1 className="text-xl font-bold tracking-tight text-slate-900 sm:text-2xl">{ticket.subject}</h1>
          <PresenceSign presence={presence} meId={me.id} />
        </header>
        <TicketThread entries={ticket.entries} audience="agent" teams={teams} />
        {ticket.status !== "CLOSED" ? (
          <TicketComposer ticket={ticket} canned={canned} agentName={me.name} onSent={reload} />
        ) : null}
      </div>
      <aside className="space-y-4">
        <TicketSidebar
          ticket={ticket}
          properties={
            <TicketProperties
              key={[ticket.status, ticket.priority, ticket.assignee?.id, ticket.team?.id, ticket.tags.join(",")].join(
                "|",
              )}
              ticket={ticket}
              agents={agents}
              teams={teams}
              meId={me.id}
              onSaved={reload}
            />
          }
        />
        <TicketRelations ticket={ticket} onChanged={reload} />
      </aside>
    </div>
  );
}
