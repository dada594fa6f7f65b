"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { BeaconClientSocket } from "@/lib/realtime/client";
import { ConversationSync, type SyncSnapshot } from "@/lib/realtime/conversation-sync";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";

type Seed = { conversation: ConversationDto | null; messages: MessageDto[] };

const noSubscribe = () => () => {};

/**
 * One conversation, live: history (seeded from the server render), the outbox, typing, read positions. The
 * delivery rules live in ConversationSync; this only connects it to React.
 */
export function useConversation(
  socket: BeaconClientSocket | null,
  conversationId: string | null,
  options: { side: "CUSTOMER" | "AGENT"; selfId?: string; seed?: Seed },
): { sync: ConversationSync | null; snapshot: SyncSnapshot } {
  const { side, selfId, seed } = options;
  const fallback = useMemo<SyncSnapshot>(
    () => ({
      conversation: seed?.conversation ?? null,
      messages: seed?.messages ?? [],
      pending: [],
      typing: null,
      connected: false,
      joined: false,
      position: null,
      wait: null,
      error: null,
    }),
    [seed],
  );

  const sync = useMemo(() => {
    if (!socket || !conversationId) return null;
    const created = new ConversationSync(socket, conversationId, { side, selfId, storage: safeStorage() });
    if (seed?.conversation?.id === conversationId) created.seed(seed.conversation, seed.messages);
    return created;
    // The seed only matters when the conversation first opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [socket, conversationId, side, selfId]);

  useEffect(() => {
    if (!sync) return;
    sync.start();
    return () => sync.stop();
  }, [sync]);

  const snapshot = useSyncExternalStore(
    sync?.subscribe ?? noSubscribe,
    () => sync?.getSnapshot() ?? fallback,
    () => fallback,
  );
  return { sync, snapshot };
}

/** localStorage when the browser allows it (a sandboxed or third-party iframe may not). */
function safeStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem("beacon.probe");
    return storage;
  } catch {
    return null;
  }
}
