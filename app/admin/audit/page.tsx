import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/security/audit-filters";
import { AuditTable } from "@/components/admin/security/audit-table";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { auditFilterSchema } from "@/lib/contracts/audit";
import { findAuditEvents } from "@/lib/services/audit/find-audit-events";

type Search = Record<string, string | string[] | undefined>;

const queryOf = (search: Search, page?: number) => {
  const params = new URLSearchParams();
  for (const key of ["actor", "action", "target", "from", "to"]) {
    const value = search[key];
    if (typeof value === "string" && value) params.set(key, value);
  }
  if (page) params.set("page", String(page));
  return params.toString();
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await getAdmin();
  const search = await searchParams;
  const parsed = auditFilterSchema.safeParse(search);
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({});
  const [t, found] = await Promise.all([getTranslations("adminAudit"), findAuditEvents({ actor, filter })]);
  const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
  const link = (page: number) => `/admin/audit?${queryOf(search, page)}`;
  return (
    <div className="space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <AuditFilters filter={filter} exportHref={`/api/v1/audit-events/export?${queryOf(search)}`} />
      <AuditTable events={found.events} />
      <nav className="flex items-center justify-between text-sm text-slate-600" aria-label={t("pagination")}>
        <span data-testid="audit-total">{t("pageOf", { page: found.page, pages, total: found.total })}</span>
        <span className="flex gap-3">
          {found.page > 1 ? <Link href={link(found.page - 1)}>{t("previous")}</Link> : null}
          {found.page < pages ? <Link href={link(found.page + 1)}>{t("next")}</Link> : null}
        </span>
      </nav>
    </div>
  );
}
