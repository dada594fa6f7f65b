import type { useTranslations } from "next-intl";
import { FIGURE_KINDS, type ReportDimension, type ReportFigure } from "@/lib/contracts/report";

type T = ReturnType<typeof useTranslations<"desk.reports">>;

const round = (value: number, digits = 1) => Number(value.toFixed(digits)).toString();

/** A figure as a reader sees it: counts as they are, shares as %, durations in the largest sensible unit. */
export function formatFigure(t: T, figure: ReportFigure, value: number | null): string {
  if (value === null) return "—";
  switch (FIGURE_KINDS[figure]) {
    case "count":
      return String(value);
    case "share":
      return `${round(value * 100)}%`;
    case "percent":
      return `${round(value)}%`;
    case "score":
      return round(value, 2);
    case "seconds":
      return formatSeconds(t, value);
  }
}

export function formatSeconds(t: T, seconds: number): string {
  if (seconds < 60) return t("units.seconds", { value: round(seconds, 0) });
  if (seconds < 3600) return t("units.minutes", { value: round(seconds / 60) });
  if (seconds < 86_400) return t("units.hours", { value: round(seconds / 3600) });
  return t("units.days", { value: round(seconds / 86_400) });
}

/** The row's name: agents, teams and topics by name; the other dimensions from their key. */
export function rowLabel(t: T, by: ReportDimension, key: string, label: string): string {
  if (!key) return t("none");
  if (by === "vip") return t("vipTier", { level: key });
  if (by === "channel") return t.has(`channels.${key}`) ? t(`channels.${key}` as "channels.WEB") : key;
  return label || key;
}
