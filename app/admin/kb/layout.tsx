import { getTranslations } from "next-intl/server";
import { KbTabs } from "@/components/admin/kb/kb-tabs";

export default async function KbAdminLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("kbAdmin");
  const tBot = await getTranslations("botAdmin");
  return (
    <div className="space-y-6">
      <KbTabs
        label={t("title")}
        tabs={[
          { href: "/admin/kb", label: t("tabs.articles") },
          { href: "/admin/kb/categories", label: t("tabs.categories") },
          { href: "/admin/kb/glossary", label: tBot("tab") },
          { href: "/admin/kb/report", label: t("tabs.report") },
        ]}
      />
      {children}
    </div>
  );
}
