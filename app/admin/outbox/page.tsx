import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OutboxTable } from "@/components/tickets/outbox-table";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { findOutbox, smtpHost } from "@/lib/services/notifications/find-outbox";
import { outboxQuerySchema } from "@/lib/contracts/notifications";
import { retryEmail } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminTickets"))("outboxTitle") };
}

export default async function AdminOutboxPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const admin = await getAdmin();
  const parsed = outboxQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { page: 1 };
  const [t, data] = await Promise.all([getTranslations("adminTickets"), findOutbox({ actor: admin, ...query })]);
  const host = smtpHost();
  return (
    <div className="space-y-5">
      <PageTitle title={t("outboxTitle")} intro={t("outboxSubtitle")} />
      <p
        className={`rounded-lg px-4 py-3 text-sm ${host ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900 ring-1 ring-amber-200"}`}
        role="status"
        data-testid="smtp-state"
      >
        {host ? t("smtpOn", { host }) : t("smtpMissing")}
      </p>
      <OutboxTable data={data} status={"status" in query ? (query.status ?? null) : null} retry={retryEmail} />
    </div>
  );
}
