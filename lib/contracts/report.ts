import { z } from "zod";

/** What a report's table is broken down by. */
export const REPORT_DIMENSIONS = ["agent", "team", "topic", "channel", "vip", "language"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** Every figure a report shows, in the order of its columns; docs/reports.md defines each. */
export const REPORT_FIGURES = [
  "chats",
  "deflected",
  "deflectionRate",
  "waitMedian",
  "waitP90",
  "chatFirstResponseMedian",
  "chatFirstResponseP90",
  "handleMedian",
  "handleP90",
  "tickets",
  "ticketFirstResponseMedian",
  "ticketFirstResponseP90",
  "resolutionMedian",
  "resolutionP90",
  "firstResponseSla",
  "resolutionSla",
  "reopenRate",
  "csatAverage",
  "csatSatisfied",
  "csatResponses",
  "qualityAverage",
  "reviews",
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];

/** How a figure reads: a count, a share (0–1), a duration in seconds, or a score. */
export const FIGURE_KINDS: Record<ReportFigure, "count" | "share" | "seconds" | "score" | "percent"> = {
  chats: "count",
  deflected: "count",
  deflectionRate: "share",
  waitMedian: "seconds",
  waitP90: "seconds",
  chatFirstResponseMedian: "seconds",
  chatFirstResponseP90: "seconds",
  handleMedian: "seconds",
  handleP90: "seconds",
  tickets: "count",
  ticketFirstResponseMedian: "seconds",
  ticketFirstResponseP90: "seconds",
  resolutionMedian: "seconds",
  resolutionP90: "seconds",
  firstResponseSla: "share",
  resolutionSla: "share",
  reopenRate: "share",
  csatAverage: "score",
  csatSatisfied: "share",
  csatResponses: "count",
  qualityAverage: "percent",
  reviews: "count",
};

/** A figure's value: null when nothing in the range defines it (no rated chat, no answered ticket…). */
export type ReportFigures = Record<ReportFigure, number | null>;

export type ReportRow = { key: string; label: string; figures: ReportFigures };

export type ReportDto = {
  from: string;
  to: string;
  timeZone: string;
  businessHours: boolean;
  by: ReportDimension;
  total: ReportFigures;
  rows: ReportRow[];
  /** One point per local day of the range. */
  trend: { day: string; figures: ReportFigures }[];
};

/** One chat or ticket behind a figure (the drill-down). */
export type ReportItemDto = {
  kind: "chat" | "ticket";
  id: string;
  /** BCN-number for tickets. */
  ref: string;
  createdAt: string;
  /** The item's own value for the figure: seconds, a score, 1/0 for met/breached, a share's yes/no. */
  value: number | null;
};

export const MAX_REPORT_DAYS = 366;
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (value) => {
      const day = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
    },
    {
      params: { messageKey: "validation.invalid" },
    },
  );

export const reportQuerySchema = z
  .object({
    from: date,
    to: date,
    by: z.enum(REPORT_DIMENSIONS).default("agent"),
    hours: z
      .enum(["all", "business"])
      .default("all")
      .transform((value) => value === "business"),
    team: z.string().max(64).optional(),
  })
  .refine((q) => q.from <= q.to && daysBetween(q.from, q.to) < MAX_REPORT_DAYS, {
    path: ["to"],
    params: { messageKey: "validation.reportRange" },
  });
export type ReportQuery = z.output<typeof reportQuerySchema>;

export const reportItemsQuerySchema = z.object({
  figure: z.enum(REPORT_FIGURES),
  key: z.string().max(64).optional(),
  day: date.optional(),
});

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
