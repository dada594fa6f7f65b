import { getPrisma } from "@/lib/db/client";

export type TopicOption = {
  id: string;
  slug: string;
  nameEn: string;
  nameZh: string;
  teamId: string;
  basePriority: string;
};

/** The topics a customer picks from before a chat (public: no actor needed). */
export async function findTopics(): Promise<TopicOption[]> {
  const prisma = await getPrisma();
  return prisma.topic.findMany({
    orderBy: { sortOrder: "asc" },
    select: { id: true, slug: true, nameEn: true, nameZh: true, teamId: true, basePriority: true },
  });
}
