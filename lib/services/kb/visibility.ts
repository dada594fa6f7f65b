import { isAgent, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";

/** Agents and admins may read drafts (when they ask to); customers, guests and visitors never see them. */
export const mayReadDrafts = (actor: Actor | null | undefined): boolean => isAgent(actor);

/** The articles an actor may read: published ones, or all of them for staff who ask for drafts. */
export function visibleArticles(actor: Actor | null | undefined, includeDrafts = true): Prisma.ArticleWhereInput {
  return includeDrafts && mayReadDrafts(actor) ? {} : { status: "PUBLISHED" };
}

export type LocalizedName = { nameZh: string; nameEn: string };
export const localizedName = (row: LocalizedName, locale: string): string =>
  locale === "en" ? row.nameEn : row.nameZh;

/** The translation to show: the reader's language, else the other one. */
export function pickTranslation<T extends { locale: string }>(translations: T[], locale: string): T | undefined {
  return translations.find((t) => t.locale === locale) ?? translations[0];
}
