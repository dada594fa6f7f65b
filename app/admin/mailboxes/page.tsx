import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InboundTable } from "@/components/admin/mailboxes/inbound-table";
import { BLANK_MAILBOX, MailboxForm } from "@/components/admin/mailboxes/mailbox-form";
import { MailboxList } from "@/components/admin/mailboxes/mailbox-list";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { inboundQuerySchema } from "@/lib/contracts/inbound-mail";
import { findInboundEmails } from "@/lib/services/inbound-mail/find-inbound-emails";
import { findMailboxes } from "@/lib/services/inbound-mail/find-mailboxes";
import type { Locale } from "@/lib/i18n/locales";
import { deleteMailboxAction, retryInboundAction, saveMailboxAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inboundMail.admin"))("title") };
}

export default async function AdminMailboxesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const admin = await getAdmin();
  const parsed = inboundQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { page: 1 };
  const locale = (await getLocale()) as Locale;
  const [t, { mailboxes, topics }, emails] = await Promise.all([
    getTranslations("inboundMail.admin"),
    findMailboxes({ actor: admin, locale }),
    findInboundEmails({ actor: admin, ...query }),
  ]);
  return (
    <div className="max-w-5xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("newTitle")}</h2>
        <MailboxForm id={null} initial={BLANK_MAILBOX} topics={topics} save={saveMailboxAction} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("listTitle")}</h2>
        <MailboxList mailboxes={mailboxes} topics={topics} save={saveMailboxAction} remove={deleteMailboxAction} />
      </Card>
      <Card className="overflow-hidden">
        <h2 className="border-b border-slate-100 px-4 py-3 font-semibold">{t("setAside")}</h2>
        <InboundTable data={emails} status={query.status ?? null} retry={retryInboundAction} />
      </Card>
    </div>
  );
}
