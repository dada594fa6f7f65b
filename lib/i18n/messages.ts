import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { Locale } from "./locales";

export const messages = { en, "zh-CN": zhCN } satisfies Record<Locale, unknown>;
export type Messages = typeof en;

/** A translator outside React (route handlers, socket handlers, email): same messages files as the pages. */
export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] });
}
