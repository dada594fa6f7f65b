"use client";

import { useCallback, useEffect, useState } from "react";
import type { BeaconClientSocket } from "@/lib/realtime/client";
import type { InboxItem } from "@/lib/realtime/chat-types";
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
    const response = await fetch("/api/v1/conversations/inbox").catch(() => null);
    if (!response?.ok) return;
    const { inbox: mine, queue } = (await response.json()) as { inbox: InboxItem[]; queue: QueueEntryDto[] };
    setInbox({ mine: sortMine(mine), queue });
  }, []);

  useEffect(() => {
    if (!socket) return;
    let seenDisconnect = false;
    const onConnect = () => {
      if (seenDisconnect) void reload();
    };
    const onDisconnect = () => (seenDisconnect = true);
    const onQueue = (event: { kind: string; entries?: QueueEntryDto[] }) => {
      if (event.kind === "queue" && event.entries) setInbox((current) => ({ ...current, queue: event.entries! }));
    };
    const onConversation = ({ conversation }: { conversation: ConversationDto }) =>
      setInbox((current) => {
        const mineNow = conversation.assigneeId === me && conversation.status === "ACTIVE";
        const existing = current.mine.find((item) => item.conversation.id === conversation.id);
        let mine = current.mine.filter((item) => item.conversation.id !== conversation.id);
        if (mineNow) {
          mine = sortMine([...mine, existing ? { ...existing, conversation } : { conversation, unread: 0, preview: null, lastMessageAt: conversation.updatedAt }]);
        }
        const queue = conversation.status === "QUEUED" ? current.queue : current.queue.filter((entry) => entry.conversationId !== conversation.id);
        return { mine, queue };
      });
    const onMessage = ({ message }: { message: MessageDto }) =>
      setInbox((current) => {
        const item = current.mine.find((i) => i.conversation.id === message.conversationId);
        if (!item || message.authorKind === "SYSTEM" || message.internal) return current;
        const unseen = message.authorKind === "CUSTOMER" && (message.conversationId !== openId || document.visibilityState === "hidden");
        const updated = { ...item, preview: message.body || item.preview, lastMessageAt: message.createdAt, unread: item.unread + (unseen ? 1 : 0) };
        return { ...current, mine: sortMine([...current.mine.filter((i) => i !== item), updated]) };
      });
    const onRead = (event: { conversationId: string; side: string; seq: number }) => {
      if (event.side !== "AGENT") return;
      setInbox((current) => ({
        ...current,
        mine: current.mine.map((item) => (item.conversation.id === event.conversationId ? { ...item, unread: 0 } : item)),
      }));
    };
    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    socket.on("queue.updated", onQueue);
    socket.on("conversation.updated", onConversation);
    socket.on("message.created", onMessage);
    socket.on("read.changed", onRead);
    return () => {
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      socket.off("queue.updated", onQueue);
      socket.off("conversation.updated", onConversation);
      socket.off("message.created", onMessage);
      socket.off("read.changed", onRead);
    };
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
