"use client";

import { useTimeZone } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { useApi } from "@/lib/client/hooks";

/**
 * Tells the server the browser's time zone when it does not know it yet (no cookie, or a signed-in account without
 * one), then re-renders if the times on screen were in another zone. Renders nothing. Never in the embedded widget:
 * re-rendering it under a visitor typing into its pre-chat form cleared the form; its times follow from the next load.
 */
export function TimeZoneSync({ reported, unsaved }: { reported: string | null; unsaved: boolean }) {
  const shown = useTimeZone();
  const router = useRouter();
  const api = useApi();
  const embedded = usePathname().startsWith("/widget");

  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browser || (browser === reported && !unsaved)) return;
    void api.request("/api/v1/me/time-zone", { body: { timeZone: browser, detected: true } }).then((result) => {
      if (result.ok && browser !== shown && !embedded) router.refresh();
    });
  }, [api, reported, unsaved, shown, router, embedded]);

  return null;
}
