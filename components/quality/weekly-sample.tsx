import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import type { SampleItemDto, WeeklySampleDto } from "@/lib/contracts/quality";
import { formatTicketNumber } from "@/lib/contracts/ticket";

export const reviewHref = (item: SampleItemDto) =>
  item.kind === "chat"
    ? `/console/chats/${item.id}/review`
    : `/console/tickets/${formatTicketNumber(item.number ?? 0)}/review`;

/** The week's proposed sample, agent by agent, each item linking to its review (or showing its score). */
export function WeeklySample({ sample }: { sample: WeeklySampleDto }) {
  const t = useTranslations("quality.queue");
  const format = useFormatter();
  const day = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section className="space-y-4" data-testid="weekly-sample">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("week", { date: day(sample.week) })}</h2>
        <div className="flex gap-2">
          <ButtonLink href={`/console/reviews?week=${sample.previousWeek}`} variant="secondary" size="sm">
            ← {t("previousWeek")}
          </ButtonLink>
          {sample.nextWeek ? (
            <ButtonLink href={`/console/reviews?week=${sample.nextWeek}`} variant="secondary" size="sm">
              {t("nextWeek")} →
            </ButtonLink>
          ) : null}
        </div>
      </div>
      {sample.agents.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-sm text-slate-500">{t("empty")}</p>
      ) : null}
      {sample.agents.map((agent) => (
        <div key={agent.id} className="overflow-hidden rounded-xl border border-slate-200 bg-white">
          <div className="flex items-baseline justify-between border-b border-slate-100 bg-slate-50 px-4 py-2">
            <h3 className="font-semibold text-slate-900">{agent.name}</h3>
            <span className="text-xs text-slate-500">{t("closedCount", { count: agent.closed })}</span>
          </div>
          <table className="min-w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("item")}</th>
                <th scope="col">{t("closed")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {agent.items.map((item) => (
                <tr key={item.id}>
                  <td className="w-20 px-4 py-2 text-xs text-slate-500">{t(item.kind)}</td>
                  <td className="px-4 py-2">
                    <Link href={reviewHref(item)} className="font-medium text-slate-900 hover:underline">
                      {item.label}
                    </Link>
                  </td>
                  <td className="w-44 px-4 py-2 whitespace-nowrap text-slate-500">
                    {format.dateTime(new Date(item.closedAt), { dateStyle: "medium", timeStyle: "short" })}
                  </td>
                  <td className="w-40 px-4 py-2 text-right">
                    {item.reviewPercent === null ? (
                      <ButtonLink href={reviewHref(item)} size="sm">
                        {t("review")}
                      </ButtonLink>
                    ) : (
                      <span className="rounded-full bg-emerald-50 px-2 py-1 text-xs font-medium text-emerald-800">
                        {t("reviewed", {
                          percent: format.number(item.reviewPercent / 100, {
                            style: "percent",
                            maximumFractionDigits: 0,
                          }),
                        })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
