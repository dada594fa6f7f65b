import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";

/** The topics a customer picks from on the ticket form, in their language; account-security ones are flagged urgent. */
export async function findTicketTopics({ locale }: { locale: Locale }) {
  const prisma = await getPrisma();
  const topics = await prisma.topic.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: { slug: true, nameEn: true, nameZh: true, basePriority: true },
  });
  return topics.map((topic) => ({
    slug: topic.slug,
    label: locale === "en" ? topic.nameEn : topic.nameZh,
    urgent: topic.basePriority === "URGENT",
  }));
}
