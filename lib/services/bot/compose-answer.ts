import { getPrisma } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { answerDigest, digestAsText, type AnswerDigest } from "@/lib/markdown/answer-digest";

export const articleUrl = (slug: string) => `/help/articles/${slug}`;

/** A published article in the reader's language (else the other one), digested for a chat. */
export async function digestArticle(
  slug: string,
  locale: Locale,
): Promise<{ title: string; digest: AnswerDigest } | null> {
  const prisma = await getPrisma();
  const article = await prisma.article.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { translations: { select: { locale: true, title: true, body: true } } },
  });
  const translation = article?.translations.find((t) => t.locale === locale) ?? article?.translations[0];
  return translation ? { title: translation.title, digest: answerDigest(translation.body) } : null;
}

/**
 * The bot's answer as text: a line of introduction, the article's title, its opening answer, its steps and a link
 * named by the title. The chat shows any small table under the text (BotMeta.answer); transcripts read the text.
 */
export function answerText(locale: Locale, slug: string, title: string, digest: AnswerDigest | null): string {
  const t = translator(locale);
  const facts = digest ? `\n${digestAsText({ ...digest, table: null })}` : "";
  return `${t("bot.answerIntro")}\n\n**${title}**${facts}\n\n${t("bot.readMore")}: [${title.replace(/[[\]]/g, "")}](${articleUrl(slug)})`;
}

/** Nobody of the team is online: said at once, with the next staffed time when business hours tell it, and the way out. */
export function nobodyOnlineText(locale: Locale, nextStaffedAt: string | null, timeZone?: string): string {
  const t = translator(locale);
  const when = nextStaffedAt
    ? new Intl.DateTimeFormat(locale, {
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }).format(new Date(nextStaffedAt))
    : null;
  return `${when ? t("botAnswers.nobodyOnlineUntil", { when }) : t("botAnswers.nobodyOnline")} ${t("botAnswers.leaveMessageOffer")}`;
}

/** The urgent lane's reply with the safety steps it promises, listed (not only a link). */
export function urgentText(locale: Locale, safety: { digest: AnswerDigest } | null): string {
  const t = translator(locale);
  if (!safety?.digest.steps.length) return t("botAnswers.urgentNoSteps");
  return `${t("bot.urgent")}\n${safety.digest.steps.map((step, i) => `${i + 1}. ${step}`).join("\n")}`;
}
