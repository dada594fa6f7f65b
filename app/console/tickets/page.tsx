import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsoleFilters } from "@/components/tickets/console-filters";
import { TicketTable } from "@/components/tickets/ticket-table";
import { ViewTabs } from "@/components/tickets/view-tabs";
import { getAgent } from "@/lib/auth/current";
import { countTicketViews, findTickets } from "@/lib/services/tickets/find-tickets";
import { getTicketOptions } from "@/lib/services/tickets/ticket-options";
import { listTicketsSchema } from "@/lib/contracts/ticket";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.console"))("title") };
}

export default async function ConsoleTicketsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const agent = await getAgent();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = listTicketsSchema.safeParse(raw);
  const input = parsed.success ? parsed.data : listTicketsSchema.parse({});
  const view = input.q ? null : (input.view ?? "mine");
  const [t, data, counts, options] = await Promise.all([
    getTranslations("tickets.console"),
    findTickets({ actor: agent, input: { ...input, view: view ?? undefined } }),
    countTicketViews({ actor: agent }),
    getTicketOptions({ actor: agent }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      <ViewTabs current={view} counts={counts} />
      <ConsoleFilters agents={options.agents} teams={options.teams} />
      <TicketTable
        data={data}
        agents={options.agents}
        meId={agent.id}
        emptyText={input.q ? t("emptySearch", { q: input.q }) : t("empty")}
      />
    </div>
  );
}
