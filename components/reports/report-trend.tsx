"use client";

import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ReportDto } from "@/lib/contracts/report";

const HEIGHT = 200;

/** Three small charts of the range, one point per local day (recharts renders SVG locally, nothing is fetched). */
export function ReportTrend({ report }: { report: ReportDto }) {
  const t = useTranslations("desk.reports");
  const data = report.trend.map(({ day, figures }) => ({
    day: day.slice(5),
    chats: figures.chats,
    tickets: figures.tickets,
    chatFr: figures.chatFirstResponseMedian === null ? null : Math.round(figures.chatFirstResponseMedian / 6) / 10,
    ticketFr:
      figures.ticketFirstResponseMedian === null ? null : Math.round(figures.ticketFirstResponseMedian / 6) / 10,
    csat: figures.csatAverage === null ? null : Math.round(figures.csatAverage * 100) / 100,
  }));
  const chart = (title: string, body: React.ReactElement) => (
    <figure className="rounded-xl border border-slate-200 bg-white p-3">
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{title}</figcaption>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        {body}
      </ResponsiveContainer>
    </figure>
  );
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis dataKey="day" fontSize={11} />
      <YAxis fontSize={11} width={36} allowDecimals={false} />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 11 }} />
    </>
  );
  return (
    <section aria-label={t("trend")} className="grid gap-3 lg:grid-cols-3" data-testid="report-trend">
      {chart(
        t("trendVolume"),
        <BarChart data={data}>
          {axes}
          <Bar dataKey="chats" name={t("figures.chats.label")} fill="#2563eb" />
          <Bar dataKey="tickets" name={t("figures.tickets.label")} fill="#f59e0b" />
        </BarChart>,
      )}
      {chart(
        t("trendSpeed"),
        <LineChart data={data}>
          {axes}
          <Line dataKey="chatFr" name={t("figures.chats.label")} stroke="#2563eb" connectNulls />
          <Line dataKey="ticketFr" name={t("figures.tickets.label")} stroke="#f59e0b" connectNulls />
        </LineChart>,
      )}
      {chart(
        t("trendCsat"),
        <LineChart data={data}>
          {axes}
          <Line dataKey="csat" name={t("figures.csatAverage.label")} stroke="#059669" connectNulls />
        </LineChart>,
      )}
    </section>
  );
}
