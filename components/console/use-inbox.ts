"use client";

import { useCallback, useEffect, useState } from "react";
import { request } from "@/lib/client/api";
import { on, type BeaconClientSocket } from "@/lib/realtime/client";
import type { InboxItem } from "@/lib/realtime/chat-types";
import type { ServerEventPayload } from "@/lib/realtime/events";
import type { ConversationDto, MessageDto, QueueEntryDto } from "@/lib/contracts/chat";

type Inbox = { mine: InboxItem[]; queue: QueueEntryDto[] };

function sortMine(items: InboxItem[]): InboxItem[] {
  return [...items].sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt));
}

/**
 * The agent's live inbox: their open chats (unread counts, last line) and the unassigned queue, patched from pushed
 * events and reloaded after every reconnect (events missed while offline are not replayed for lists).
 */
export function useInbox(socket: BeaconClientSocket | null, me: string, openId: string | null, initial: Inbox): Inbox {
  const [inbox, setInbox] = useState<Inbox>(initial);

  const reload = useCallback(async () => {
    // A failed reload keeps what is shown; the next reconnect tries again.
    const result = await request<{ inbox: InboxItem[]; queue: QueueEntryDto[] }>("/api/v1/conversations/inbox");
    if (result.ok) setInbox({ mine: sortMine(result.inbox), queue: result.queue });
  }, []);

  useEffect(() => {
    if (!socket) return;
    let seenDisconnect = false;
    const onConnect = () => {
      if (seenDisconnect) void reload();
    };
    const onDisconnect = () => (seenDisconnect = true);
    const onQueue = (event: ServerEventPayload<"queue.updated">) => {
      if (event.kind === "queue") setInbox((current) => ({ ...current, queue: event.entries }));
    };
    const onConversation = ({ conversation }: { conversation: ConversationDto }) =>
      setInbox((current) => {
        const mineNow = conversation.assigneeId === me && conversation.status === "ACTIVE";
        const existing = current.mine.find((item) => item.conversation.id === conversation.id);
        let mine = current.mine.filter((item) => item.conversation.id !== conversation.id);
        if (mineNow) {
          mine = sortMine([
            ...mine,
            existing
              ? { ...existing, conversation }
              : { conversation, unread: 0, preview: null, lastMessageAt: conversation.updatedAt },
          ]);
        }
        const queue =
          conversation.status === "QUEUED"
            ? current.queue
            : current.queue.filter((entry) => entry.conversationId !== conversation.id);
        return { mine, queue };
      });
    const onMessage = ({ message }: { message: MessageDto }) =>
      setInbox((current) => {
        const item = current.mine.find((i) => i.conversation.id === message.conversationId);
        if (!item || message.authorKind === "SYSTEM" || message.internal) return current;
        const unseen =
          message.authorKind === "CUSTOMER" &&
          (message.conversationId !== openId || document.visibilityState === "hidden");
        const updated = {
          ...item,
          preview: message.body || item.preview,
          lastMessageAt: message.createdAt,
          unread: item.unread + (unseen ? 1 : 0),
        };
        return { ...current, mine: sortMine([...current.mine.filter((i) => i !== item), updated]) };
      });
    const onRead = (event: { conversationId: string; side: string; seq: number }) => {
      if (event.side !== "AGENT") return;
      setInbox((current) => ({
        ...current,
        mine: current.mine.map((item) =>
          item.conversation.id === event.conversationId ? { ...item, unread: 0 } : item,
        ),
      }));
    };
    const offs = [
      on(socket, "connect", onConnect),
      on(socket, "disconnect", onDisconnect),
      on(socket, "queue.updated", onQueue),
      on(socket, "conversation.updated", onConversation),
      on(socket, "message.created", onMessage),
      on(socket, "read.changed", onRead),
    ];
    return () => offs.forEach((off) => off());
  }, [socket, me, openId, reload]);

  return inbox;
}

/** Seconds since `iso`, ticking every second. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
