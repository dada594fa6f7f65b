"use client";

import { Loader2 } from "lucide-react";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { ConversationDto, MessageDto } from "@/lib/realtime/events";
import { isResumable } from "@/lib/realtime/resumable";
import { api } from "./api";
import { CustomerChat, type ChatViewer } from "./customer-chat";
import type { TopicChoice } from "./prechat-form";

type Seed = { conversation: ConversationDto; messages: MessageDto[] };
type HostMessage = { type: "beacon:open" } | { type: "beacon:close" } | { type: "beacon:hello"; token?: unknown };

const TOKEN_KEY = "beacon.widget.token";

/** How long the widget waits for the host page's loader to hand over a kept token before going on without. */
const HOST_WAIT_MS = 1500;

/** The guest token kept in this origin's storage (a URL never carries one: a link could plant someone else's). */
function storedToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function forgetToken(hostOrigin: string | null): void {
  toHost(hostOrigin, { type: "beacon:token", token: null });
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage blocked: nothing was kept here.
  }
}

/**
 * Tells the page that embeds the widget (public/widget.js) what it needs: minimise, unread count, an open chat, the
 * guest token. Only to the host origin the server checked against ALLOWED_ORIGINS, never to "*".
 */
function toHost(hostOrigin: string | null, message: { type: string; [key: string]: unknown }) {
  if (hostOrigin && window.parent !== window) window.parent.postMessage(message, hostOrigin);
}

/**
 * The chat inside the widget's iframe. On other sites the browser withholds our cookies, so a visitor's guest token is
 * kept in this origin's storage and sent as a header (HTTP) and in the socket handshake.
 */
const noSubscribe = () => () => {};

type WidgetProps = { viewer: ChatViewer | null; initial: Seed | null; topics: TopicChoice[]; hostOrigin: string | null };

export function WidgetApp({ viewer, initial, topics, hostOrigin }: WidgetProps) {
  // undefined while rendering on the server and hydrating; then the token, or null for a new visitor.
  const fromStorage = useSyncExternalStore(noSubscribe, () => (viewer ? null : storedToken()), () => undefined);
  const embedded = useSyncExternalStore(noSubscribe, () => window.parent !== window, () => false);
  // Embedded on a checked host, the loader hands over the token it keeps (beacon:hello); wait for it briefly.
  const [hello, setHello] = useState<{ token: string | null } | null>(null);
  // hostOrigin is set only when the loader framed us (?host=), so this holds from the first render on.
  const waitForHost = hostOrigin !== null && !viewer;
  const saved = fromStorage === undefined || (waitForHost && !hello) ? undefined : (hello?.token ?? fromStorage);
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
    restore(saved)
      .then((result) => {
        if (cancelled) return;
        if (!result.viewer) forgetToken(hostOrigin);
        setRestored({ token: saved, ...result });
      })
      // Offline or the server restarting: keep the token and try again shortly.
      .catch(() => (retry = setTimeout(() => setAttempt((n) => n + 1), 3000)));
    return () => {
      cancelled = true;
      clearTimeout(retry);
    };
  }, [saved, attempt, hostOrigin]);

  useEffect(() => {
    const listener = (event: MessageEvent<HostMessage>) => {
      if (event.source !== window.parent || event.origin !== hostOrigin) return;
      if (event.data?.type === "beacon:hello") setHello({ token: typeof event.data.token === "string" ? event.data.token : null });
      if (event.data?.type === "beacon:open") {
        setVisible(true);
        setUnread(0);
      }
      if (event.data?.type === "beacon:close") setVisible(false);
    };
    window.addEventListener("message", listener);
    toHost(hostOrigin, { type: "beacon:ready" });
    // An older loader never says hello: go on with this origin's storage.
    const giveUp = setTimeout(() => setHello((current) => current ?? { token: null }), HOST_WAIT_MS);
    return () => {
      window.removeEventListener("message", listener);
      clearTimeout(giveUp);
    };
  }, [hostOrigin]);

  const resumed = viewer ? initial : (restored?.initial ?? null);
  useEffect(() => toHost(hostOrigin, { type: "beacon:unread", count: unread }), [unread, hostOrigin]);
  useEffect(() => {
    if (resumed) toHost(hostOrigin, { type: "beacon:active", active: true });
  }, [resumed, hostOrigin]);

  const onIncoming = useCallback(() => {
    if ((embedded && !visible) || document.visibilityState === "hidden") setUnread((n) => n + 1);
  }, [embedded, visible]);

  function keepToken(next: string) {
    setCreated(next);
    toHost(hostOrigin, { type: "beacon:active", active: true });
    toHost(hostOrigin, { type: "beacon:token", token: next });
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
      onMinimize={embedded ? () => toHost(hostOrigin, { type: "beacon:minimize" }) : undefined}
      onIncoming={onIncoming}
      reading={!embedded || visible}
    />
  );
}

/** Who the stored token belongs to, and their conversation to resume (viewer null: the token is stale). Throws when offline. */
async function restore(token: string): Promise<{ viewer: ChatViewer | null; initial: Seed | null }> {
  const { user } = await api<{ user: ChatViewer | null }>("/api/v1/me", { guestToken: token });
  if (!user) return { viewer: null, initial: null };
  const { conversations } = await api<{ conversations: ConversationDto[] }>("/api/v1/conversations?limit=1", { guestToken: token });
  const latest = conversations[0];
  return { viewer: user, initial: latest && isResumable(latest) ? { conversation: latest, messages: [] } : null };
}
