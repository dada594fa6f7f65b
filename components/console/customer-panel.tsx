import { languageName, localize } from "@/lib/i18n/locales";
import { Crown, Globe, Mail, MessageSquare, Ticket, UserRound } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CustomerContext, TopicName } from "@/lib/realtime/chat-types";
import { CustomerProfile, VerifiedBadge } from "./customer-profile";

/** Who the agent is talking to: identity, VIP level, language, and their earlier chats and tickets. */
export async function CustomerPanel({ customer, topics }: { customer: CustomerContext; topics: TopicName[] }) {
  const [t, tStatus, format, locale] = await Promise.all([
    getTranslations("consoleChat.customer"),
    getTranslations("consoleChat.status"),
    getFormatter(),
    getLocale(),
  ]);
  const topicName = (id: string | null) => {
    const topic = topics.find((tp) => tp.id === id);
    return topic ? localize(topic.name, locale) : t("noTopic");
  };
  const row = (icon: React.ReactNode, label: string, value: React.ReactNode) => (
    <div className="relative py-1.5 pl-6">
      <dt className="text-[0.6875rem] font-medium tracking-wide text-slate-500 uppercase">
        <span className="absolute top-2 left-0 text-slate-500">{icon}</span>
        {label}
      </dt>
      <dd className="truncate text-sm text-slate-800">{value}</dd>
    </div>
  );
  return (
    <aside
      aria-label={t("title")}
      className="h-full min-h-0 space-y-5 overflow-y-auto rounded-2xl border border-slate-200 bg-white p-4"
      data-testid="customer-panel"
    >
      <div>
        <h2 className="flex items-center gap-2 text-base font-semibold">
          {customer.name}
          {customer.vipLevel > 0 ? (
            <span
              className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${customer.vipLevel >= 3 ? "bg-amber-100 text-amber-800" : "bg-slate-100 text-slate-700"}`}
            >
              <Crown aria-hidden className="size-3" />
              VIP {customer.vipLevel}
            </span>
          ) : null}
          <VerifiedBadge verified={customer.verified} />
        </h2>
        <p className="text-xs text-slate-500">
          {customer.isGuest
            ? t("guest")
            : t("account", { since: format.dateTime(new Date(customer.since), { dateStyle: "medium" }) })}
        </p>
      </div>
      <dl>
        {row(
          <Mail aria-hidden className="size-4" />,
          t("email"),
          <a href={`mailto:${customer.email}`} className="hover:underline">
            {customer.email}
          </a>,
        )}
        {row(
          <Crown aria-hidden className="size-4" />,
          t("vipLevel"),
          customer.vipLevel ? `VIP ${customer.vipLevel}` : t("standard"),
        )}
        {row(
          <Globe aria-hidden className="size-4" />,
          t("locale"),
          customer.locale ? languageName(customer.locale, locale) : "—",
        )}
        {row(
          <UserRound aria-hidden className="size-4" />,
          t("type"),
          customer.isGuest ? t("guestShort") : t("registered"),
        )}
      </dl>
      <CustomerProfile customer={customer} />
      <section>
        <h3 className="mb-2 flex items-center gap-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <MessageSquare aria-hidden className="size-3.5" />
          {t("pastChats", { count: customer.pastChats.length })}
        </h3>
        {customer.pastChats.length ? (
          <ul className="space-y-1">
            {customer.pastChats.map((chat) => (
              <li key={chat.id}>
                <Link
                  href={`/console/chats/${chat.id}`}
                  className="flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-slate-50"
                >
                  <span className="flex-1 truncate">{topicName(chat.topicId)}</span>
                  {chat.csat ? <span className="text-xs text-amber-700">{`★ ${chat.csat}`}</span> : null}
                  <span className="text-xs text-slate-500">
                    {format.dateTime(new Date(chat.createdAt), { dateStyle: "short" })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("none")}</p>
        )}
      </section>
      <section>
        <h3 className="mb-2 flex items-center gap-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <Ticket aria-hidden className="size-3.5" />
          {t("tickets", { count: customer.tickets.length })}
        </h3>
        {customer.tickets.length ? (
          <ul className="space-y-1">
            {customer.tickets.map((ticket) => (
              <li key={ticket.id}>
                <Link
                  href={`/console/tickets/${ticket.ref}`}
                  className="block rounded-lg px-2 py-1.5 text-sm hover:bg-slate-50"
                >
                  <span className="flex items-center gap-2">
                    <span className="font-mono text-xs text-slate-500">{ticket.ref}</span>
                    <span className="ml-auto rounded bg-slate-100 px-1.5 text-[0.6875rem] text-slate-600">
                      {tStatus.has(ticket.status) ? tStatus(ticket.status) : ticket.status}
                    </span>
                  </span>
                  <span className="line-clamp-1 text-slate-800">{ticket.subject}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("none")}</p>
        )}
      </section>
    </aside>
  );
}
