"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { useApi, useCommand } from "@/lib/client/hooks";
import { on } from "@/lib/realtime/client";
import { ChatHeader } from "./chat-header";
import { ClosedPanel } from "./closed-panel";
import { Composer } from "./composer";
import { downloadWithToken } from "./download";
import { MessageList } from "./message-list";
import { useConversation } from "./use-conversation";
import { useLiveSocket } from "./use-live-socket";
import { usePresence } from "./use-presence";

type Props = {
  seed: { conversation: ConversationDto; messages: MessageDto[] };
  selfId?: string;
  guestToken?: string | null;
  widget?: boolean;
  onNewChat(): void;
  onMinimize?(): void;
  /** The widget tells its host page how many agent messages arrived while it was closed. */
  onIncoming?(message: MessageDto): void;
  reading?: boolean;
};

/** A customer's live conversation: header, messages with delivery states, composer — or, once ended, rating. */
export function ChatView({
  seed,
  selfId,
  guestToken,
  widget,
  onNewChat,
  onMinimize,
  onIncoming,
  reading = true,
}: Props) {
  const t = useTranslations("chat");
  const tBot = useTranslations("bot");
  const api = useApi();
  const command = useCommand();
  const { socket, connected } = useLiveSocket(true, guestToken);
  const { sync, snapshot } = useConversation(socket, seed.conversation.id, { side: "CUSTOMER", selfId, seed });
  const [rated, setRated] = useState<ConversationDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const conversation =
    rated && snapshot.conversation && !snapshot.conversation.csat
      ? rated
      : (snapshot.conversation ?? seed.conversation);
  const presence = usePresence(conversation.status === "BOT" || conversation.status === "QUEUED");
  const tAnswer = useTranslations("botAnswers");
  const format = useFormatter();
  const nobodyOnline = conversation.status === "QUEUED" && snapshot.wait?.label === "unknown";
  const backAt = snapshot.wait?.nextStaffedAt
    ? format.dateTime(new Date(snapshot.wait.nextStaffedAt), { weekday: "short", hour: "2-digit", minute: "2-digit" })
    : null;

  useEffect(() => {
    if (!socket || !onIncoming) return;
    return on(socket, "message.created", ({ message }) => {
      if (message.conversationId === seed.conversation.id && message.authorKind === "AGENT") onIncoming(message);
    });
  }, [socket, onIncoming, seed.conversation.id]);

  async function end() {
    if (!socket) return;
    const result = await command(socket, "conversation.close", { conversationId: conversation.id });
    if (!result.ok) setError(result.code === "NETWORK" ? t("endFailed") : result.message);
  }

  async function talkToHuman() {
    if (!socket) return;
    const result = await command(socket, "handoff.request", { conversationId: conversation.id });
    if (!result.ok) setError(result.code === "NETWORK" ? t("offlineBanner") : result.message);
  }

  async function leaveMessage() {
    // The chat becomes a ticket with its transcript; the bot's last line names it and the email the reply goes to.
    const result = await api.request(`/api/v1/conversations/${conversation.id}/leave-message`, {
      method: "POST",
      guestToken,
    });
    if (!result.ok) setError(result.code === "NETWORK" ? t("offlineBanner") : result.message);
  }

  const botActions =
    conversation.status === "BOT" && sync
      ? {
          onSolved: () => void sync.send({ body: tBot("quickSolved") }),
          onUnhelpful: () => void sync.send({ body: tAnswer("quickNo") }),
          onHuman: () => void talkToHuman(),
        }
      : null;
  const closed = conversation.status === "CLOSED";
  return (
    <div className="flex h-full min-h-0 flex-col bg-slate-50">
      <ChatHeader
        conversation={conversation}
        position={snapshot.position}
        wait={snapshot.wait}
        connected={connected || !socket}
        presence={conversation.status === "ACTIVE" || conversation.status === "CLOSED" ? null : presence}
        onHuman={() => void talkToHuman()}
        onEnd={() => void end()}
        onDownload={() =>
          void downloadWithToken(
            api,
            `/api/v1/conversations/${conversation.id}/transcript`,
            guestToken,
            "transcript.txt",
          )
        }
        onMinimize={onMinimize}
      />
      {!connected && socket ? (
        <p className="bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-800" role="status">
          {t("offlineBanner")}
        </p>
      ) : null}
      {conversation.status === "QUEUED" && snapshot.wait?.overflow ? (
        <p className="bg-sky-50 px-4 py-2 text-center text-xs text-sky-900" role="status">
          {nobodyOnline
            ? backAt
              ? tAnswer("queueNobodyUntil", { when: backAt })
              : tAnswer("queueNobody")
            : t("overflow")}{" "}
          <button
            type="button"
            data-testid="leave-message"
            onClick={() => void leaveMessage()}
            className="font-medium underline underline-offset-2"
          >
            {nobodyOnline ? tAnswer("queueLeave") : t("leaveMessage")}
          </button>
        </p>
      ) : null}
      {snapshot.error || error ? (
        <p className="bg-red-50 px-4 py-1.5 text-center text-xs text-red-700" role="alert">
          {snapshot.error ?? error}
        </p>
      ) : null}
      <MessageList
        messages={snapshot.messages}
        pending={snapshot.pending}
        viewer="CUSTOMER"
        otherReadSeq={conversation.agentLastReadSeq}
        typing={snapshot.typing}
        guestToken={guestToken}
        onRetry={(id) => sync?.retry(id)}
        onDiscard={(id) => sync?.discard(id)}
        onRead={reading ? (seq) => sync?.markRead(seq) : undefined}
        label={t("log")}
        botActions={botActions}
        empty={<p className="mt-8 text-center text-sm text-slate-500">{t("emptyConversation")}</p>}
      />
      {closed ? (
        <ClosedPanel conversation={conversation} guestToken={guestToken} onRated={setRated} onNewChat={onNewChat} />
      ) : (
        <Composer
          draftKey={conversation.id}
          disabled={!sync}
          guestToken={guestToken}
          compact={widget}
          onSend={(input) => void sync?.send(input)}
          onTyping={(typing) => sync?.setTyping(typing)}
        />
      )}
    </div>
  );
}
