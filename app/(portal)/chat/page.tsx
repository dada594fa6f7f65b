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
    <div className="mx-auto max-w-3xl px-3 py-6 sm:px-6">
      <h1 className="mb-1 text-2xl font-bold tracking-tight">{t("pageTitle")}</h1>
      <p className="mb-5 text-sm text-slate-600">{t("pageIntro")}</p>
      <div className="h-[calc(100dvh-14rem)] min-h-[30rem] overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm">
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
