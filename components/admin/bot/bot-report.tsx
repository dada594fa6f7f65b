import { getFormatter, getTranslations } from "next-intl/server";
import { Stat } from "@/components/admin/stat";
import { BotMissedTable } from "./bot-missed-table";

export type BotReportData = {
  chats: number;
  solved: number;
  deflectionRate: number;
  answered: number;
  missed: { text: string; locale: string; count: number; lastAt: Date | null }[];
};

/** The bot's part of the help-center report: its deflection rate and the questions it missed (phrasings to add). */
export async function BotReportPanel({ report, days }: { report: BotReportData; days: number }) {
  const [t, format] = await Promise.all([getTranslations("botAdmin.report"), getFormatter()]);
  return (
    <section className="space-y-4" aria-labelledby="bot-report">
      <h2 id="bot-report" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat
          label={t("deflection")}
          value={
            report.chats ? format.number(report.deflectionRate, { style: "percent", maximumFractionDigits: 0 }) : "—"
          }
          hint={t("deflectionHint", { solved: report.solved, chats: report.chats })}
        />
        <Stat label={t("answered")} value={report.answered} />
        <Stat label={t("missedCount")} value={report.missed.reduce((sum, row) => sum + row.count, 0)} />
      </div>
      <BotMissedTable rows={report.missed} days={days} />
    </section>
  );
}
