import { config } from "@/lib/config";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations, getTimeZone } from "next-intl/server";
import { WidgetApp } from "@/components/chat/widget-app";
import { AgentNotice } from "@/components/chat/agent-notice";
import { isAgent } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { findTopics } from "@/lib/services/chat/find-topics";
import { getCurrentConversation } from "@/lib/services/chat/get-current-conversation";
import { identityRequired } from "@/lib/services/identity/chat-policy";
import { siteKeySchema } from "@/lib/contracts/identity";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("chat.widget");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The page inside the widget's iframe (public/widget.js). `?locale=` lets the embedding site pick the language; the
 * client gets only the chat's messages. Same-site embeds see the signed-in customer; elsewhere the widget's own
 * guest token takes over in the browser.
 */
/** The embedding page's origin (`?host=`, from the loader) when it is this site or one in ALLOWED_ORIGINS; else null. */
async function checkedHost(host: string | undefined): Promise<string | null> {
  if (!host) return null;
  if (config().ALLOWED_ORIGINS.includes(host)) return host;
  try {
    return new URL(host).host === (await headers()).get("host") ? new URL(host).origin : null;
  } catch {
    return null;
  }
}

export default async function WidgetPage({
  searchParams,
}: {
  searchParams: Promise<{ locale?: string; site?: string; host?: string }>;
}) {
  const [actor, requested, topics] = await Promise.all([getActor(), searchParams, findTopics()]);
  const siteKey = siteKeySchema.safeParse(requested.site).data ?? null;
  const hostOrigin = await checkedHost(typeof requested.host === "string" ? requested.host : undefined);
  const locale: Locale = isLocale(requested.locale) ? requested.locale : ((await getLocale()) as Locale);
  if (isAgent(actor)) return <AgentNotice />;
  const initial = await getCurrentConversation({ actor });
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={{
        chat: messages[locale].chat,
        bot: messages[locale].bot,
        botAnswers: messages[locale].botAnswers,
        client: messages[locale].client,
        exchange: messages[locale].exchange,
      }}
      timeZone={await getTimeZone()}
    >
      <div className="h-dvh" lang={locale}>
        <WidgetApp
          viewer={actor ? { id: actor.id, name: actor.name, isGuest: actor.isGuest } : null}
          initial={initial}
          topics={topics.map(({ slug, name }) => ({ slug, name }))}
          site={{ key: siteKey, identityRequired: await identityRequired(siteKey) }}
          hostOrigin={hostOrigin}
        />
      </div>
    </NextIntlClientProvider>
  );
}
