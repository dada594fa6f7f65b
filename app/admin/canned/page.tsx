import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CannedForm } from "@/components/admin/canned/canned-form";
import { CannedList } from "@/components/admin/canned/canned-list";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { getCannedAdmin } from "@/lib/services/canned/canned-admin";
import { deleteCannedAction, saveCannedAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCanned"))("title") };
}

export default async function AdminCannedPage() {
  const admin = await getAdmin();
  const [t, locale, { replies, teams }] = await Promise.all([
    getTranslations("adminCanned"),
    getLocale(),
    getCannedAdmin({ actor: admin }),
  ]);
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("newTitle")}</h2>
        <CannedForm
          id={null}
          initial={{ shortcut: "", locale, title: "", body: "", teamId: null }}
          teams={teams}
          save={saveCannedAction}
        />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">
          {t("listTitle", { count: replies.length })}
        </h2>
        <CannedList replies={replies} teams={teams} save={saveCannedAction} remove={deleteCannedAction} />
      </Card>
    </div>
  );
}
