import { getPrisma } from "@/lib/db/client";
import { localizeJson } from "@/lib/db/localized";
import type { Locale } from "@/lib/i18n/locales";

/** The topics a customer picks from on the ticket form, in their language; account-security ones are flagged urgent. */
export async function findTicketTopics({ locale }: { locale: Locale }) {
  const prisma = await getPrisma();
  const topics = await prisma.topic.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { slug: true, name: true, basePriority: true },
  });
  return topics.map((topic) => ({
    slug: topic.slug,
    label: localizeJson(topic.name, locale),
    urgent: topic.basePriority === "URGENT",
  }));
}
