import { getFormatter, getTranslations } from "next-intl/server";
import { Stat } from "@/components/admin/stat";
import { SearchTables, UnhelpfulTable } from "./kb-report-tables";

export type KbReportData = {
  days: number;
  searches: number;
  zeroResultRate: number;
  topSearches: { query: string; count: number; avgResults: number }[];
  zeroResults: { query: string; count: number; lastAt: Date | null }[];
  leastHelpful: {
    id: string;
    slug: string;
    title: string;
    yes: number;
    no: number;
    helpfulRate: number;
    comments: { comment: string | null; locale: string; createdAt: Date }[];
  }[];
};

/** Top searches, searches that found nothing (articles to write), and the least helpful articles (to fix). */
export async function KbReport({ report }: { report: KbReportData }) {
  const [t, format] = await Promise.all([getTranslations("kbAdmin.report"), getFormatter()]);
  const pct = (n: number) => format.number(n, { style: "percent", maximumFractionDigits: 0 });
  return (
    <section className="space-y-6" aria-labelledby="search-report">
      <h2 id="search-report" className="text-lg font-semibold">
        {t("searchTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat label={t("searches")} value={report.searches} />
        <Stat label={t("zeroRate")} value={report.searches ? pct(report.zeroResultRate) : "—"} />
        <Stat label={t("ratedArticles")} value={report.leastHelpful.length} />
      </div>
      <SearchTables report={report} />
      <UnhelpfulTable report={report} />
    </section>
  );
}
