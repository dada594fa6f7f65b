"use client";

import { useTranslations } from "next-intl";

/** A short elapsed time in the reader's language: "41s", "1m 41s", "2h 05m" (zh-CN "1分41秒", ru "1 мин 41 с"). */
export function useFormatWait(): (ms: number) => string {
  const t = useTranslations("duration");
  return (ms) => {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    if (seconds < 60) return t("seconds", { seconds });
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return t("minutes", { minutes, seconds: String(seconds % 60).padStart(2, "0") });
    return t("hours", { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, "0") });
  };
}
