"use client";

import { Loader2 } from "lucide-react";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { request } from "@/lib/client/api";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { isResumable } from "@/lib/realtime/resumable";
import { CustomerChat, type ChatViewer } from "./customer-chat";
import type { TopicChoice } from "./prechat-form";

type Seed = { conversation: ConversationDto; messages: MessageDto[] };
type HostMessage = { type: "beacon:open" } | { type: "beacon:close" };

const TOKEN_KEY = "beacon.widget.token";

let fromHost: string | null | undefined;

/** The guest token: from the loader (URL fragment, kept on the host page), else from this origin's storage. */
function storedToken(): string | null {
  // Read the fragment once (and drop it from the address), however often effects run.
  fromHost ??= new URLSearchParams(location.hash.slice(1)).get("token");
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  if (fromHost) return fromHost;
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function forgetToken(): void {
  toHost({ type: "beacon:token", token: null });
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage blocked: nothing was kept here.
  }
}

/** Tells the page that embeds the widget (public/widget.js) what it needs: minimise, unread count, an open chat. */
function toHost(message: { type: string; [key: string]: unknown }) {
  if (window.parent !== window) window.parent.postMessage(message, "*");
}

/**
 * The chat inside the widget's iframe. On other sites the browser withholds our cookies, so a visitor's guest token is
 * kept in this origin's storage and sent as a header (HTTP) and in the socket handshake.
 */
const noSubscribe = () => () => {};

export function WidgetApp({ viewer, initial, topics }: { viewer: ChatViewer | null; initial: Seed | null; topics: TopicChoice[] }) {
  // undefined while rendering on the server and hydrating; then the token, or null for a new visitor.
  const saved = useSyncExternalStore(noSubscribe, () => (viewer ? null : storedToken()), () => undefined);
  const embedded = useSyncExternalStore(noSubscribe, () => window.parent !== window, () => false);
  const [created, setCreated] = useState<string | null>(null);
  const [restored, setRestored] = useState<{ token: string; viewer: ChatViewer | null; initial: Seed | null } | null>(null);
  const [visible, setVisible] = useState(false);
  const [unread, setUnread] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const token = created ?? (restored?.viewer ? restored.token : null);

  useEffect(() => {
    if (!saved) return;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    void restore(saved).then((result) => {
      if (cancelled) return;
      // Offline or the server restarting: keep the token and try again shortly.
      if (!result) return void (retry = setTimeout(() => setAttempt((n) => n + 1), 3000));
      if (!result.viewer) forgetToken();
      setRestored({ token: saved, ...result });
    });
    return () => {
      cancelled = true;
      clearTimeout(retry);
    };
  }, [saved, attempt]);

  useEffect(() => {
    const listener = (event: MessageEvent<HostMessage>) => {
      if (event.source !== window.parent) return;
      if (event.data?.type === "beacon:open") {
        setVisible(true);
        setUnread(0);
      }
      if (event.data?.type === "beacon:close") setVisible(false);
    };
    window.addEventListener("message", listener);
    toHost({ type: "beacon:ready" });
    return () => window.removeEventListener("message", listener);
  }, []);

  const resumed = viewer ? initial : (restored?.initial ?? null);
  useEffect(() => toHost({ type: "beacon:unread", count: unread }), [unread]);
  useEffect(() => {
    if (resumed) toHost({ type: "beacon:active", active: true });
  }, [resumed]);

  const onIncoming = useCallback(() => {
    if ((embedded && !visible) || document.visibilityState === "hidden") setUnread((n) => n + 1);
  }, [embedded, visible]);

  function keepToken(next: string) {
    setCreated(next);
    toHost({ type: "beacon:active", active: true });
    toHost({ type: "beacon:token", token: next });
    try {
      localStorage.setItem(TOKEN_KEY, next);
    } catch {
      // Storage blocked: the chat still works until the page is closed.
    }
  }

  const ready = Boolean(viewer) || saved === null || (saved !== undefined && restored !== null);
  if (!ready) {
    return (
      <div className="flex h-full items-center justify-center bg-slate-50">
        <Loader2 aria-hidden className="size-6 animate-spin text-slate-500" />
      </div>
    );
  }
  return (
    <CustomerChat
      widget
      viewer={viewer ?? restored?.viewer ?? null}
      initial={resumed}
      topics={topics}
      guestToken={viewer ? null : token}
      onGuestToken={keepToken}
      onMinimize={embedded ? () => toHost({ type: "beacon:minimize" }) : undefined}
      onIncoming={onIncoming}
      reading={!embedded || visible}
    />
  );
}

/** Who the stored token belongs to, and their conversation to resume (viewer null: the token is stale); null when offline. */
async function restore(token: string): Promise<{ viewer: ChatViewer | null; initial: Seed | null } | null> {
  const me = await request<{ user: ChatViewer | null }>("/api/v1/me", { guestToken: token });
  if (!me.ok) return null;
  if (!me.user) return { viewer: null, initial: null };
  const list = await request<{ conversations: ConversationDto[] }>("/api/v1/conversations?limit=1", { guestToken: token });
  if (!list.ok) return null;
  const latest = list.conversations[0];
  return { viewer: me.user, initial: latest && isResumable(latest) ? { conversation: latest, messages: [] } : null };
}
