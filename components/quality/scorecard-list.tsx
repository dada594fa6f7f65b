"use client";

import { useLocale, useTranslations } from "next-intl";
import { EditableRow } from "@/components/admin/editable-row";
import type { ScorecardDto } from "@/lib/contracts/quality";
import type { ActionResult } from "@/lib/http/action";
import { localize } from "@/lib/i18n/locales";
import { ScorecardForm, type SaveScorecard } from "./scorecard-form";

/** The scorecards with their criteria and how many reviews use each, each opening into its form. */
export function ScorecardList({
  scorecards,
  save,
  remove,
}: {
  scorecards: ScorecardDto[];
  save: SaveScorecard;
  remove: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("quality.scorecards");
  const locale = useLocale();
  if (scorecards.length === 0) return <p className="px-4 py-6 text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="scorecards">
      {scorecards.map((card) => (
        <EditableRow
          key={card.id}
          labels={{
            edit: t("edit"),
            cancel: t("cancel"),
            delete: t("delete"),
            deleteConfirm: t("deleteConfirm"),
            deleted: t("deleted"),
          }}
          remove={() => remove({ id: card.id })}
          form={(close) => <ScorecardForm id={card.id} initial={card} save={save} done={close} />}
          summary={
            <>
              <p className="font-medium text-slate-900">
                {card.active ? (
                  <span className="mr-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">
                    {t("activeBadge")}
                  </span>
                ) : null}
                {localize(card.name, locale)}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {card.criteria.map((criterion) => localize(criterion.label, locale)).join(" · ")}
              </p>
              <p className="mt-1 text-xs text-slate-500">{t("reviews", { count: card.reviews })}</p>
            </>
          }
        />
      ))}
    </ul>
  );
}
