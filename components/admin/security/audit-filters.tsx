import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { AuditFilter } from "@/lib/contracts/audit";

const input =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and exported as it is. */
export async function AuditFilters({ filter, exportHref }: { filter: AuditFilter; exportHref: string }) {
  const t = await getTranslations("adminAudit");
  const fields = [
    { name: "actor", type: "text", value: filter.actor },
    { name: "action", type: "text", value: filter.action },
    { name: "target", type: "text", value: filter.target },
    { name: "from", type: "date", value: filter.from },
    { name: "to", type: "date", value: filter.to },
  ] as const;
  return (
    <form method="get" className="grid grid-cols-1 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="audit-filters">
      {fields.map((field) => (
        <label key={field.name} className="space-y-1 text-sm font-medium text-slate-700">
          <span>{t(`filter.${field.name}`)}</span>
          <input name={field.name} type={field.type} defaultValue={field.value ?? ""} className={input} />
        </label>
      ))}
      <div className="flex items-end gap-2 whitespace-nowrap">
        <button type="submit" className={buttonClass({ size: "md" })}>
          {t("apply")}
        </button>
        <a href={exportHref} className={buttonClass({ variant: "secondary", size: "md" })} data-testid="audit-export">
          {t("exportCsv")}
        </a>
      </div>
    </form>
  );
}
