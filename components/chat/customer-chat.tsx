"use client";

import { localize } from "@/lib/i18n/locales";
import { Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { newClientId } from "@/lib/realtime/conversation-sync";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { useApi } from "@/lib/client/hooks";
import { ChatHeader } from "./chat-header";
import { usePresence } from "./use-presence";
import { ChatView } from "./chat-view";
import { Composer, type ComposerSend } from "./composer";
import { PrechatForm, type Started, type TopicChoice } from "./prechat-form";

export type ChatViewer = { id: string; name: string; isGuest: boolean };
type Seed = { conversation: ConversationDto; messages: MessageDto[] };

type Props = {
  viewer: ChatViewer | null;
  topics: TopicChoice[];
  initialTopic?: string | null;
  initial: Seed | null;
  widget?: boolean;
  guestToken?: string | null;
  onGuestToken?(token: string): void;
  onMinimize?(): void;
  onIncoming?(message: MessageDto): void;
  /** The chat is on screen (the widget may be minimised): only then does the customer "read" the agent's messages. */
  reading?: boolean;
};

/**
 * The customer's chat, on /chat and in the widget: a visitor fills the pre-chat form; a known customer just writes;
 * an open conversation continues where it was (across reloads and, for accounts, devices).
 */
export function CustomerChat(props: Props) {
  const [seed, setSeed] = useState<Seed | null>(props.initial);
  const [viewer, setViewer] = useState<ChatViewer | null>(props.viewer);
  const presence = usePresence(!seed);

  function started(result: Started) {
    if (result.guestToken) props.onGuestToken?.(result.guestToken);
    setViewer(
      (current) =>
        current ?? { id: result.conversation.customerId, name: result.conversation.customerName, isGuest: true },
    );
    setSeed({ conversation: result.conversation, messages: result.message ? [result.message] : [] });
  }

  if (seed) {
    return (
      <ChatView
        key={seed.conversation.id}
        seed={seed}
        selfId={viewer?.id}
        guestToken={props.guestToken}
        widget={props.widget}
        onNewChat={() => setSeed(null)}
        onMinimize={props.onMinimize}
        onIncoming={props.onIncoming}
        reading={props.reading ?? true}
      />
    );
  }
  return (
    <div className="flex h-full min-h-0 flex-col bg-slate-50">
      <ChatHeader conversation={null} position={null} connected presence={presence} onMinimize={props.onMinimize} />
      {viewer ? (
        <StartPanel
          viewer={viewer}
          topics={props.topics}
          initialTopic={props.initialTopic}
          guestToken={props.guestToken}
          widget={props.widget}
          onStarted={started}
        />
      ) : (
        <div className="min-h-0 flex-1 overflow-y-auto p-4 sm:p-6">
          <PrechatForm
            topics={props.topics}
            initialTopic={props.initialTopic}
            widget={props.widget}
            onStarted={started}
          />
        </div>
      )}
    </div>
  );
}

/** A known customer starts by writing: pick a topic if they like, the first message opens the chat. */
function StartPanel({
  viewer,
  topics,
  initialTopic,
  guestToken,
  widget,
  onStarted,
}: {
  viewer: ChatViewer;
  topics: TopicChoice[];
  initialTopic?: string | null;
  guestToken?: string | null;
  widget?: boolean;
  onStarted(result: Started): void;
}) {
  const t = useTranslations("chat.start");
  const locale = useLocale();
  const api = useApi();
  const [topic, setTopic] = useState(initialTopic ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(input: ComposerSend) {
    setBusy(true);
    setError(null);
    const result = await api.request<Started>("/api/v1/conversations", {
      guestToken,
      widget,
      body: {
        topic: topic || undefined,
        locale,
        message: { clientId: newClientId(), body: input.body, attachmentIds: input.attachments.map((a) => a.id) },
      },
    });
    if (result.ok) return onStarted(result);
    setError(result.code === "NETWORK" ? t("offline") : result.message);
    setBusy(false);
  }

  return (
    <>
      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto p-4 sm:p-6">
        <div>
          <h2 className="text-lg font-semibold text-slate-900">{t("greeting", { name: viewer.name })}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <div role="radiogroup" aria-label={t("topic")} className="flex flex-wrap gap-2">
          {topics.map((option) => (
            <button
              key={option.slug}
              type="button"
              role="radio"
              aria-checked={topic === option.slug}
              onClick={() => setTopic(topic === option.slug ? "" : option.slug)}
              className={`rounded-full px-3 py-1.5 text-sm ring-1 transition ${topic === option.slug ? "bg-brand-700 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:ring-brand-400"}`}
            >
              {localize(option.name, locale)}
            </button>
          ))}
        </div>
        {busy ? (
          <p className="flex items-center gap-2 text-sm text-slate-500">
            <Loader2 aria-hidden className="size-4 animate-spin" />
            {t("starting")}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <Composer draftKey="new" onSend={send} disabled={busy} guestToken={guestToken} compact={widget} />
    </>
  );
}
