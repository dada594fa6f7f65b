import { getTranslations } from "next-intl/server";
import { CustomerChat } from "@/components/chat/customer-chat";
import { AgentNotice } from "@/components/chat/agent-notice";
import { isAgent } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/current";
import { findTopics } from "@/lib/services/chat/find-topics";
import { getCurrentConversation } from "@/lib/services/chat/get-current-conversation";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("chat");
  return { title: t("pageTitle") };
}

export default async function ChatPage({ searchParams }: { searchParams: Promise<{ topic?: string }> }) {
  const [actor, t, { topic }] = await Promise.all([getActor(), getTranslations("chat"), searchParams]);
  if (isAgent(actor)) return <AgentNotice />;
  const [topics, initial] = await Promise.all([findTopics(), getCurrentConversation({ actor })]);
  return (
    // On a phone the chat is the whole screen under the header, its composer at the bottom (above the keyboard).
    <div className="mx-auto max-w-3xl sm:px-6 sm:py-6">
      <h1 className="sr-only text-2xl font-bold tracking-tight sm:not-sr-only sm:mb-1">{t("pageTitle")}</h1>
      <p className="hidden text-sm text-slate-600 sm:mb-5 sm:block">{t("pageIntro")}</p>
      <div
        className="h-[calc(100dvh-4rem)] overflow-hidden bg-white sm:h-[calc(100dvh-14rem)] sm:min-h-[30rem] sm:rounded-2xl sm:border sm:border-slate-200 sm:shadow-sm"
        data-testid="chat-frame"
      >
        <CustomerChat
          viewer={actor ? { id: actor.id, name: actor.name, isGuest: actor.isGuest } : null}
          topics={topics.map(({ slug, name }) => ({ slug, name }))}
          initialTopic={topic ?? null}
          initial={initial}
        />
      </div>
    </div>
  );
}
