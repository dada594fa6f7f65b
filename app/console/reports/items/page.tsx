import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ReportItems } from "@/components/reports/report-items";
import { isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";
import { reportItemsQuerySchema } from "@/lib/contracts/report";
import { findReportItems, MAX_REPORT_ITEMS } from "@/lib/services/reports/find-report-items";
import { reportQueryFrom, type SearchParams } from "../search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.reports"))("title") };
}

/** The drill-down: the chats and tickets behind one number of the report, in the report's own scope. */
export default async function ReportItemsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await getAgent();
  if (!isSupervisor(actor)) forbidden();
  const { query, raw } = await reportQueryFrom(searchParams);
  const drill = reportItemsQuerySchema.safeParse(raw);
  const t = await getTranslations("desk.reports");
  const figure = drill.success ? drill.data.figure : "chats";
  const at = drill.success ? drill.data : { figure, key: undefined, day: undefined };
  const items = await findReportItems({ actor, query, figure, key: at.key, day: at.day });
  const back = new URLSearchParams(
    Object.entries({ from: query.from, to: query.to, by: query.by, hours: query.hours ? "business" : "all" }),
  );
  if (query.team) back.set("team", query.team);
  const exportParams = new URLSearchParams(back);
  exportParams.set("figure", figure);
  if (at.key !== undefined) exportParams.set("key", at.key);
  if (at.day) exportParams.set("day", at.day);
  return (
    <div className="space-y-4" data-testid="report-drill">
      <Link href={`/console/reports?${back}`} className="text-sm text-blue-700 hover:underline">
        {t("items.back")}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">
          {t("items.title", { figure: t(`figures.${figure}.label`) })}
        </h1>
        <a
          href={`/api/v1/reports/export?${exportParams}`}
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
          data-testid="items-export"
        >
          {t("export")}
        </a>
      </div>
      <p className="text-sm text-slate-600">
        {query.from} – {query.to}
        {at.day ? ` · ${t("items.day", { day: at.day })}` : null}
      </p>
      <p className="text-sm text-slate-600">{t(`figures.${figure}.definition`)}</p>
      {items.length ? <ReportItems figure={figure} items={items} /> : <p className="text-sm">{t("items.empty")}</p>}
      {items.length >= MAX_REPORT_ITEMS ? (
        <p className="text-sm text-slate-500">{t("items.limit", { count: MAX_REPORT_ITEMS })}</p>
      ) : null}
    </div>
  );
}
