"use client";

import { useEffect, useState } from "react";
import type { PresenceDto } from "@/lib/contracts/bot";
import { request } from "@/lib/client/api";

const REFRESH_MS = 60_000;

/** Whether someone of the team is online (agents' real status), refreshed every minute while the chat is open. */
export function usePresence(enabled = true): PresenceDto | null {
  const [presence, setPresence] = useState<PresenceDto | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = () =>
      void request<PresenceDto>("/api/v1/chat/presence").then((result) => {
        if (live && result.ok) setPresence(result);
      });
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [enabled]);
  return presence;
}
