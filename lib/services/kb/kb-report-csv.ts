import type { KbReportTable } from "@/lib/contracts/kb";
import { csvLines } from "@/lib/csv";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { BotReport } from "@/lib/services/bot/get-bot-report";
import type { getKbReport } from "./get-kb-report";

type KbReport = Awaited<ReturnType<typeof getKbReport>>;
const iso = (date: Date | null) => date?.toISOString() ?? null;

/** One table of the search report as CSV: raw values (shares from 0 to 1, ISO times), headers in the reader's language. */
export function kbReportCsv(table: Exclude<KbReportTable, "botMissed">, kb: KbReport, locale: Locale): string {
  const t = translator(locale);
  const h = (key: string) => t(`kbAdmin.report.${key}` as "kbAdmin.report.query");
  switch (table) {
    case "top":
      return csvLines([
        [h("query"), h("count"), h("avgResults")],
        ...kb.topSearches.map((row) => [row.query, row.count, row.avgResults]),
      ]);
    case "zero":
      return csvLines([
        [h("query"), h("count"), h("last")],
        ...kb.zeroResults.map((row) => [row.query, row.count, iso(row.lastAt)]),
      ]);
    case "leastHelpful":
      return csvLines([
        [h("article"), h("helpfulRate"), h("yes"), h("no"), h("comments")],
        ...kb.leastHelpful.map((row) => [
          row.title,
          row.helpfulRate,
          row.yes,
          row.no,
          row.comments.map((c) => c.comment ?? "").join("\n"),
        ]),
      ]);
  }
}

/** The bot's missed questions as CSV. */
export function botMissedCsv(bot: BotReport, locale: Locale): string {
  const t = translator(locale);
  return csvLines([
    [
      t("botAdmin.report.question"),
      t("botAdmin.report.language"),
      t("botAdmin.report.count"),
      t("botAdmin.report.last"),
    ],
    ...bot.missed.map((row) => [row.text, row.locale, row.count, iso(row.lastAt)]),
  ]);
}
