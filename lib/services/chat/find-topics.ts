import { getPrisma } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/db/localized";
import type { LocalizedText } from "@/lib/i18n/locales";

export type TopicOption = {
  id: string;
  slug: string;
  name: LocalizedText;
  teamId: string;
  basePriority: string;
};

/** The topics a customer picks from before a chat (public: no actor needed). */
export async function findTopics(): Promise<TopicOption[]> {
  const prisma = await getPrisma();
  const topics = await prisma.topic.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, slug: true, name: true, teamId: true, basePriority: true },
  });
  return topics.map((topic) => ({ ...topic, name: asLocalizedText(topic.name) }));
}
