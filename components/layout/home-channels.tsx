import { BookOpen, MessageCircle, ShieldAlert, Ticket } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";

/** The three ways to get help, plus the urgent lane for compromised accounts. */
export async function HomeChannels() {
  const t = await getTranslations("home");
  const channels = [
    { href: "/help", icon: BookOpen, title: t("helpCenterTitle"), body: t("helpCenterBody") },
    { href: "/chat", icon: MessageCircle, title: t("chatTitle"), body: t("chatBody") },
    { href: "/tickets", icon: Ticket, title: t("ticketsTitle"), body: t("ticketsBody") },
  ];
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-12 sm:px-6">
      <div className="grid gap-4 md:grid-cols-3">
        {channels.map(({ href, icon: Icon, title, body }) => (
          <Link
            key={href}
            href={href}
            className="group rounded-2xl border border-slate-200 bg-white p-6 shadow-sm transition hover:-translate-y-0.5 hover:border-brand-300 hover:shadow-md"
          >
            <span className="inline-flex size-11 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
              <Icon aria-hidden className="size-6" />
            </span>
            <h2 className="mt-4 text-lg font-semibold text-slate-900">{title}</h2>
            <p className="mt-1.5 text-sm leading-relaxed text-slate-600">{body}</p>
            <span className="mt-4 inline-block text-sm font-medium text-brand-700 group-hover:underline">
              {t("open")} →
            </span>
          </Link>
        ))}
      </div>
      <section className="flex flex-col gap-4 rounded-2xl border border-red-200 bg-red-50 p-6 sm:flex-row sm:items-center">
        <ShieldAlert aria-hidden className="size-10 shrink-0 text-red-600" />
        <div className="flex-1">
          <h2 className="font-semibold text-red-900">{t("urgentTitle")}</h2>
          <p className="mt-1 text-sm text-red-800">{t("urgentBody")}</p>
        </div>
        <ButtonLink href="/chat?topic=account-compromised" variant="danger">
          {t("urgentAction")}
        </ButtonLink>
      </section>
    </div>
  );
}
