"use client";

import { useTimeZone } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useApi } from "@/lib/client/hooks";

/**
 * Tells the server the browser's time zone when it does not know it yet (no cookie, or a signed-in account without
 * one), then re-renders if the times on screen were in another zone. Renders nothing.
 */
export function TimeZoneSync({ reported, unsaved }: { reported: string | null; unsaved: boolean }) {
  const shown = useTimeZone();
  const router = useRouter();
  const api = useApi();

  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browser || (browser === reported && !unsaved)) return;
    void api.request("/api/v1/me/time-zone", { body: { timeZone: browser, detected: true } }).then((result) => {
      if (result.ok && browser !== shown) router.refresh();
    });
  }, [api, reported, unsaved, shown, router]);

  return null;
}
