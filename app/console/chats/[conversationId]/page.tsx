import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AgentConversation } from "@/components/console/agent-conversation";
import { ArticleSuggestions } from "@/components/console/article-suggestions";
import { CustomerPanel } from "@/components/console/customer-panel";
import { UrgentActions } from "@/components/console/urgent-actions";
import { InboxList } from "@/components/console/inbox-list";
import { ReviewLink } from "@/components/quality/review-link";
import { isAdmin, isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { findCannedResponses } from "@/lib/services/canned/find-canned-responses";
import { findMessages } from "@/lib/services/chat/find-messages";
import { findTransferTargets } from "@/lib/services/chat/find-transfer-targets";
import { getConsoleData } from "@/lib/services/chat/get-console-data";
import { getConversation } from "@/lib/services/chat/get-conversation";
import { getCustomerContext } from "@/lib/services/chat/get-customer-context";
import { suggestArticles } from "@/lib/services/chat/suggest-articles";
import { findAccountActions } from "@/lib/services/account-actions/actions-admin";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("console");
  return { title: t("inbox") };
}

export default async function ConsoleChatPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const [actor, { conversationId }] = await Promise.all([getAgent(), params]);
  const conversation = await getConversation({ actor, conversationId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [data, { messages }, customer, canned, targets, actions, suggestions] = await Promise.all([
    getConsoleData({ actor }),
    findMessages({ actor, conversationId, afterSeq: 0 }),
    getCustomerContext({ actor, conversationId }),
    findCannedResponses({ actor }),
    findTransferTargets({ actor }),
    findAccountActions({ actor }),
    suggestArticles({ actor, conversationId }),
  ]);
  const reviewable =
    isSupervisor(actor) &&
    conversation.status === "CLOSED" &&
    !!conversation.assigneeId &&
    conversation.assigneeId !== actor.id;
  return (
    <div className="grid h-[calc(100dvh-6.5rem)] min-h-[32rem] gap-4 md:grid-cols-[18rem_1fr] xl:grid-cols-[18rem_1fr_18rem]">
      <div className="hidden min-h-0 md:block">
        <InboxList
          me={actor.id}
          myTeamIds={data.teamIds}
          topics={data.topics}
          initialInbox={data.inbox}
          initialQueue={data.queue}
        />
      </div>
      <AgentConversation
        key={conversation.id}
        seed={{ conversation, messages }}
        me={{ id: actor.id, name: actor.name, isAdmin: isAdmin(actor), isSupervisor: isSupervisor(actor) }}
        canned={canned}
        agents={targets.agents}
        teams={targets.teams}
        canConvert
      />
      <div className="hidden min-h-0 space-y-4 overflow-y-auto xl:block">
        {reviewable ? (
          <ReviewLink kind="chat" className="w-full" href={`/console/chats/${conversation.id}/review`} />
        ) : null}
        <CustomerPanel customer={customer} topics={data.topics} />
        <ArticleSuggestions
          conversationId={conversation.id}
          initial={suggestions}
          canSend={conversation.status !== "CLOSED" && conversation.assigneeId === actor.id}
        />
        <UrgentActions
          target={{ kind: "chat", id: conversation.id }}
          actions={actions.filter((a) => a.active)}
          urgent={conversation.priority === "URGENT"}
        />
      </div>
    </div>
  );
}
