import { getTranslations } from "next-intl/server";
import { ConversationSearch } from "@/components/console/conversation-search";
import { getAgent } from "@/lib/auth/current";
import { findConversations } from "@/lib/services/chat/find-conversations";
import { findTopics } from "@/lib/services/chat/find-topics";
import { findConversationsSchema } from "@/lib/contracts/chat";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("consoleChat.search");
  return { title: t("title") };
}

export default async function ConversationSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await getAgent();
  const parsed = findConversationsSchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : findConversationsSchema.parse({});
  const [result, topics] = await Promise.all([findConversations({ actor, ...query }), findTopics()]);
  return <ConversationSearch query={query} result={result} topics={topics} />;
}
