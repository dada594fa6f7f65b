import { Prisma } from "@/lib/db/generated/client";
import type { ReportFigure, ReportFigures } from "@/lib/contracts/report";

const median = (column: string, kind: string) =>
  `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${column}) FILTER (WHERE kind = '${kind}')`;
const p90 = (column: string, kind: string) =>
  `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${column}) FILTER (WHERE kind = '${kind}')`;

/** The aggregates over `facts`, one column per figure (and the counts the shares are made of). */
export const AGGREGATES = Prisma.raw(
  [
    `count(*) FILTER (WHERE kind = 'chat')::int AS chats`,
    `count(*) FILTER (WHERE kind = 'chat' AND deflected)::int AS deflected`,
    `${median("wait", "chat")} AS wait_median`,
    `${p90("wait", "chat")} AS wait_p90`,
    `${median("first_response", "chat")} AS chat_fr_median`,
    `${p90("first_response", "chat")} AS chat_fr_p90`,
    `${median("handle", "chat")} AS handle_median`,
    `${p90("handle", "chat")} AS handle_p90`,
    `count(*) FILTER (WHERE kind = 'ticket')::int AS tickets`,
    `${median("first_response", "ticket")} AS ticket_fr_median`,
    `${p90("first_response", "ticket")} AS ticket_fr_p90`,
    `${median("resolution", "ticket")} AS resolution_median`,
    `${p90("resolution", "ticket")} AS resolution_p90`,
    `count(*) FILTER (WHERE fr_sla = 1)::int AS fr_met`,
    `count(fr_sla)::int AS fr_decided`,
    `count(*) FILTER (WHERE res_sla = 1)::int AS res_met`,
    `count(res_sla)::int AS res_decided`,
    `count(*) FILTER (WHERE reopened)::int AS reopened`,
    `count(*) FILTER (WHERE solved)::int AS solved`,
    `avg(score)::float8 AS csat_avg`,
    `count(*) FILTER (WHERE score >= 4)::int AS csat_satisfied`,
    `count(score)::int AS csat_responses`,
    `avg(quality)::float8 AS quality_avg`,
    `count(quality)::int AS reviews`,
  ].join(",\n"),
);

export type AggregateRow = {
  chats: number;
  deflected: number;
  wait_median: number | null;
  wait_p90: number | null;
  chat_fr_median: number | null;
  chat_fr_p90: number | null;
  handle_median: number | null;
  handle_p90: number | null;
  tickets: number;
  ticket_fr_median: number | null;
  ticket_fr_p90: number | null;
  resolution_median: number | null;
  resolution_p90: number | null;
  fr_met: number;
  fr_decided: number;
  res_met: number;
  res_decided: number;
  reopened: number;
  solved: number;
  csat_avg: number | null;
  csat_satisfied: number;
  csat_responses: number;
  quality_avg: number | null;
  reviews: number;
};

const share = (part: number, whole: number) => (whole ? part / whole : null);
// Durations to the millisecond: percentile_cont's float arithmetic leaves 228.00000000000003 for 228.
const num = (value: number | null) => (value === null ? null : Math.round(Number(value) * 1000) / 1000);
const mean = (value: number | null) => (value === null ? null : Number(value));

export function toFigures(row: AggregateRow): ReportFigures {
  const figures: Record<ReportFigure, number | null> = {
    chats: row.chats,
    deflected: row.deflected,
    deflectionRate: share(row.deflected, row.chats),
    waitMedian: num(row.wait_median),
    waitP90: num(row.wait_p90),
    chatFirstResponseMedian: num(row.chat_fr_median),
    chatFirstResponseP90: num(row.chat_fr_p90),
    handleMedian: num(row.handle_median),
    handleP90: num(row.handle_p90),
    tickets: row.tickets,
    ticketFirstResponseMedian: num(row.ticket_fr_median),
    ticketFirstResponseP90: num(row.ticket_fr_p90),
    resolutionMedian: num(row.resolution_median),
    resolutionP90: num(row.resolution_p90),
    firstResponseSla: share(row.fr_met, row.fr_decided),
    resolutionSla: share(row.res_met, row.res_decided),
    reopenRate: share(row.reopened, row.solved),
    csatAverage: mean(row.csat_avg),
    csatSatisfied: share(row.csat_satisfied, row.csat_responses),
    csatResponses: row.csat_responses,
    qualityAverage: mean(row.quality_avg),
    reviews: row.reviews,
  };
  return figures;
}

/** Which facts stand behind a figure, and each one's own value (the drill-down). */
export const FIGURE_ITEMS: Record<ReportFigure, { where: string; value: string }> = {
  chats: { where: "kind = 'chat'", value: "NULL" },
  deflected: { where: "kind = 'chat' AND deflected", value: "NULL" },
  deflectionRate: { where: "kind = 'chat'", value: "deflected::int" },
  waitMedian: { where: "kind = 'chat' AND wait IS NOT NULL", value: "wait" },
  waitP90: { where: "kind = 'chat' AND wait IS NOT NULL", value: "wait" },
  chatFirstResponseMedian: { where: "kind = 'chat' AND first_response IS NOT NULL", value: "first_response" },
  chatFirstResponseP90: { where: "kind = 'chat' AND first_response IS NOT NULL", value: "first_response" },
  handleMedian: { where: "kind = 'chat' AND handle IS NOT NULL", value: "handle" },
  handleP90: { where: "kind = 'chat' AND handle IS NOT NULL", value: "handle" },
  tickets: { where: "kind = 'ticket'", value: "NULL" },
  ticketFirstResponseMedian: { where: "kind = 'ticket' AND first_response IS NOT NULL", value: "first_response" },
  ticketFirstResponseP90: { where: "kind = 'ticket' AND first_response IS NOT NULL", value: "first_response" },
  resolutionMedian: { where: "kind = 'ticket' AND resolution IS NOT NULL", value: "resolution" },
  resolutionP90: { where: "kind = 'ticket' AND resolution IS NOT NULL", value: "resolution" },
  firstResponseSla: { where: "fr_sla IS NOT NULL", value: "fr_sla" },
  resolutionSla: { where: "res_sla IS NOT NULL", value: "res_sla" },
  reopenRate: { where: "kind = 'ticket' AND solved", value: "reopened::int" },
  csatAverage: { where: "score IS NOT NULL", value: "score" },
  csatSatisfied: { where: "score IS NOT NULL", value: "score" },
  csatResponses: { where: "score IS NOT NULL", value: "score" },
  qualityAverage: { where: "quality IS NOT NULL", value: "quality" },
  reviews: { where: "quality IS NOT NULL", value: "quality" },
};
