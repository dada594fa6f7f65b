import { localize, type LocalizedText } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

type Topic = {
  id: string;
  name: LocalizedText;
  basePriority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  team: { name: LocalizedText };
};

const PRIORITY_STYLE = {
  URGENT: "bg-red-100 text-red-800",
  HIGH: "bg-amber-100 text-amber-800",
  NORMAL: "bg-slate-100 text-slate-700",
  LOW: "bg-slate-50 text-slate-500",
} as const;

/** Which team each topic routes to, at which base priority. */
export async function RoutingTable({ topics }: { topics: Topic[] }) {
  const [t, p, locale] = await Promise.all([getTranslations("admin"), getTranslations("priority"), getLocale()]);
  const name = (row: { name: LocalizedText }) => localize(row.name, locale);
  return (
    <Card className="overflow-hidden">
      <h2 className="border-b border-slate-200 px-5 py-3 font-semibold">{t("topicTitle")}</h2>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-500">
          <tr>
            <th className="px-5 py-2 font-medium">{t("topicTitle")}</th>
            <th className="px-5 py-2 font-medium">{t("topicTeam")}</th>
            <th className="px-5 py-2 font-medium">{t("topicPriority")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {topics.map((topic) => (
            <tr key={topic.id}>
              <td className="px-5 py-2.5 font-medium text-slate-800">{name(topic)}</td>
              <td className="px-5 py-2.5 text-slate-600">{name(topic.team)}</td>
              <td className="px-5 py-2.5">
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${PRIORITY_STYLE[topic.basePriority]}`}>
                  {p(topic.basePriority)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
