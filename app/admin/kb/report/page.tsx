import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { BotReportPanel } from "@/components/admin/bot/bot-report";
import { KbReport } from "@/components/admin/kb/kb-report";
import { getAdmin } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { getBotReport } from "@/lib/services/bot/get-bot-report";
import { getKbReport } from "@/lib/services/kb/get-kb-report";
import { REPORT_PERIODS, reportQuerySchema } from "@/lib/contracts/kb";

type Props = { searchParams: Promise<{ days?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("kbAdmin"))("report.title") };
}

export default async function KbReportPage({ searchParams }: Props) {
  const [actor, locale, t] = await Promise.all([getAdmin(), getLocale(), getTranslations("kbAdmin")]);
  const parsed = reportQuerySchema.safeParse(await searchParams);
  const days = parsed.success ? parsed.data.days : 30;
  const [report, bot] = await Promise.all([
    getKbReport({ actor, days, locale: locale as Locale }),
    getBotReport({ actor, days }),
  ]);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("report.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("report.subtitle")}</p>
        </div>
        <nav aria-label={t("report.period")} className="ml-auto flex gap-1 rounded-lg bg-slate-100 p-1 text-sm">
          {REPORT_PERIODS.map((d) => (
            <Link
              key={d}
              href={`/admin/kb/report?days=${d}`}
              aria-current={d === days ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 ${d === days ? "bg-white font-medium text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"}`}
            >
              {t("report.days", { days: d })}
            </Link>
          ))}
        </nav>
      </div>
      <BotReportPanel report={bot} days={days} />
      <KbReport report={report} />
    </div>
  );
}
