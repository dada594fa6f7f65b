"use client";

import { Loader2 } from "lucide-react";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { request, setWidgetSite } from "@/lib/client/api";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { isResumable } from "@/lib/realtime/resumable";
import { CustomerChat, type ChatViewer } from "./customer-chat";
import type { TopicChoice } from "./prechat-form";
import { useWidgetIdentity } from "./use-widget-identity";

type Seed = { conversation: ConversationDto; messages: MessageDto[] };
type HostMessage = { type: "beacon:open" } | { type: "beacon:close" } | { type: "beacon:hello"; token?: unknown };

const TOKEN_KEY = "beacon.widget.token";
const IDENTITY_PREFIX = "vid.";

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

export type WidgetSite = { key: string | null; identityRequired: boolean };

type WidgetProps = {
  viewer: ChatViewer | null;
  initial: Seed | null;
  topics: TopicChoice[];
  site: WidgetSite;
  hostOrigin: string | null;
};

export function WidgetApp({ viewer, initial, topics, site, hostOrigin }: WidgetProps) {
  // undefined while rendering on the server and hydrating; then the token, or null for a new visitor.
  const fromStorage = useSyncExternalStore(
    noSubscribe,
    () => (viewer ? null : storedToken()),
    () => undefined,
  );
  const embedded = useSyncExternalStore(
    noSubscribe,
    () => window.parent !== window,
    () => false,
  );
  // Embedded on a checked host, the loader hands over the token it keeps (beacon:hello); wait for it briefly.
  const [hello, setHello] = useState<{ token: string | null } | null>(null);
  // hostOrigin is set only when the loader framed us (?host=), so this holds from the first render on.
  const waitForHost = hostOrigin !== null && !viewer;
  const saved = fromStorage === undefined || (waitForHost && !hello) ? undefined : (hello?.token ?? fromStorage);
  const [created, setCreated] = useState<string | null>(null);
  const [restored, setRestored] = useState<{ token: string; viewer: ChatViewer | null; initial: Seed | null } | null>(
    null,
  );
  const [visible, setVisible] = useState(false);
  const [unread, setUnread] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const token = created ?? (restored?.viewer ? restored.token : null);

  useEffect(() => setWidgetSite(site.key), [site.key]);

  // A verified session replaces a guest token, never the other way round (the loader enforces that too).
  const adoptSession = useCallback(
    async (sessionToken: string) => {
      const result = await restore(sessionToken);
      if (!result) return false; // offline: the exchange's page may identify again
      setCreated(null);
      setRestored({ token: sessionToken, ...result });
      toHost(hostOrigin, { type: "beacon:token", token: sessionToken });
      try {
        localStorage.setItem(TOKEN_KEY, sessionToken);
      } catch {
        // Storage blocked: the loader keeps the session on the host page.
      }
      return true;
    },
    [hostOrigin],
  );
  const identity = useWidgetIdentity(site.key, hostOrigin, adoptSession);

  useEffect(() => {
    if (!saved) return;
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    void restore(saved).then((result) => {
      if (cancelled) return;
      // Offline or the server restarting: keep the token and try again shortly.
      if (!result) return void (retry = setTimeout(() => setAttempt((n) => n + 1), 3000));
      if (!result.viewer) forgetToken(hostOrigin);
      // An expired verified session: the exchange's page signs a fresh identity (BeaconChat.identify callback).
      if (!result.viewer && saved.startsWith(IDENTITY_PREFIX)) toHost(hostOrigin, { type: "beacon:identity-needed" });
      setRestored({ token: saved, ...result });
    });
    return () => {
      cancelled = true;
      clearTimeout(retry);
    };
  }, [saved, attempt, hostOrigin]);

  useEffect(() => {
    const listener = (event: MessageEvent<HostMessage>) => {
      if (event.source !== window.parent || event.origin !== hostOrigin) return;
      if (event.data?.type === "beacon:hello")
        setHello({ token: typeof event.data.token === "string" ? event.data.token : null });
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
    if (restored?.token.startsWith(IDENTITY_PREFIX) && restored.viewer) return;
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
  const current = viewer ?? restored?.viewer ?? null;
  if (!ready || identity.status === "verifying") {
    return (
      <div className="flex h-full items-center justify-center bg-slate-50">
        <Loader2 aria-hidden className="size-6 animate-spin text-slate-500" />
      </div>
    );
  }
  if (site.identityRequired && (!current || current.isGuest)) {
    return <IdentityRequired failure={identity.status === "failed" ? identity.message : null} />;
  }
  return (
    <CustomerChat
      key={current?.id ?? "visitor"}
      widget
      viewer={current}
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

/** With "identity required" on the site: chat waits for the exchange's sign-in; the help center stays open. */
function IdentityRequired({ failure }: { failure: string | null }) {
  const t = useTranslations("exchange.widget");
  return (
    <div
      className="flex h-full flex-col items-center justify-center gap-3 bg-slate-50 p-6 text-center"
      data-testid="identity-required"
    >
      <p className="text-base font-semibold text-slate-800">{t("identityRequired")}</p>
      <p className="text-sm text-slate-600">{t("identityRequiredHint")}</p>
      {failure ? (
        <p role="alert" className="text-sm text-red-700">
          {failure}
        </p>
      ) : null}
      <a
        href="/help"
        target="_blank"
        rel="noopener"
        className="rounded-lg bg-orange-600 px-4 py-2 text-sm font-medium text-white hover:bg-orange-700"
      >
        {t("helpCenter")}
      </a>
    </div>
  );
}

/** Who the stored token belongs to, and their conversation to resume (viewer null: the token is stale); null when offline. */
async function restore(token: string): Promise<{ viewer: ChatViewer | null; initial: Seed | null } | null> {
  const me = await request<{ user: ChatViewer | null }>("/api/v1/me", { guestToken: token });
  if (!me.ok) return null;
  if (!me.user) return { viewer: null, initial: null };
  const list = await request<{ conversations: ConversationDto[] }>("/api/v1/conversations?limit=1", {
    guestToken: token,
  });
  if (!list.ok) return null;
  const latest = list.conversations[0];
  return { viewer: me.user, initial: latest && isResumable(latest) ? { conversation: latest, messages: [] } : null };
}
