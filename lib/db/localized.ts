import { localize, type LocalizedText } from "@/lib/i18n/locales";
import type { Prisma } from "./generated/client";

/** A JSONB language map as stored (Team.name, Topic.name, …): only its string entries. */
export function asLocalizedText(value: Prisma.JsonValue | null | undefined): LocalizedText {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/** A stored language map in the reader's language (`localize` over the JSONB value). */
export const localizeJson = (value: Prisma.JsonValue | null | undefined, locale: string): string =>
  localize(asLocalizedText(value), locale);

/** A row with its stored `name` map read as a LocalizedText (teams, topics, categories in DTOs). */
export const withLocalizedName = <T extends { name: Prisma.JsonValue }>(
  row: T,
): Omit<T, "name"> & { name: LocalizedText } => ({
  ...row,
  name: asLocalizedText(row.name),
});
