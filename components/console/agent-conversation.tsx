"use client";

import { ArrowRightLeft, CheckCircle2, Crown, FileText, Loader2, LogIn } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import type { CannedOption } from "@/components/chat/canned-menu";
import { Composer } from "@/components/chat/composer";
import { MessageList } from "@/components/chat/message-list";
import { useConversation } from "@/components/chat/use-conversation";
import { useLiveSocket } from "@/components/chat/use-live-socket";
import { useApi, useCommand } from "@/lib/client/hooks";
import type { AgentLoad, TeamOption } from "@/lib/realtime/chat-types";
import type { ConversationDto, MessageDto } from "@/lib/contracts/chat";
import { ShortcutsHelp } from "./shortcuts-help";
import { TransferDialog } from "./transfer-dialog";
import { useNow } from "./use-inbox";

type Props = {
  seed: { conversation: ConversationDto; messages: MessageDto[] };
  me: { id: string; name: string; isAdmin: boolean; isSupervisor: boolean };
  canned: CannedOption[];
  agents: AgentLoad[];
  teams: TeamOption[];
  /** The chat-to-ticket endpoint exists (tickets feature). */
  canConvert: boolean;
};

const STATUS_STYLE = {
  BOT: "bg-violet-100 text-violet-800",
  QUEUED: "bg-amber-100 text-amber-800",
  ACTIVE: "bg-emerald-100 text-emerald-800",
  CLOSED: "bg-slate-200 text-slate-700",
};

/** The agent's view of one chat: live messages and notes, the composer, and accept / transfer / close / convert. */
export function AgentConversation({ seed, me, canned, agents, teams, canConvert }: Props) {
  const t = useTranslations("consoleChat");
  const router = useRouter();
  const api = useApi();
  const send = useCommand();
  const { socket, connected } = useLiveSocket(true);
  const { sync, snapshot } = useConversation(socket, seed.conversation.id, { side: "AGENT", selfId: me.id, seed });
  const conversation = snapshot.conversation ?? seed.conversation;
  const [busy, setBusy] = useState<string | null>(null);
  const [transferring, setTransferring] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const composer = useRef<HTMLTextAreaElement | null>(null);
  const now = useNow(15_000);

  const mine = conversation.assigneeId === me.id;
  const open = conversation.status !== "CLOSED";
  const canReply = open && (mine || (me.isAdmin && conversation.status !== "QUEUED"));
  // Supervisors may move their teams' chats; the server refuses another team's.
  const canTransfer = me.isSupervisor
    ? conversation.status === "ACTIVE" || conversation.status === "QUEUED"
    : mine && conversation.status === "ACTIVE";
  const canClose = open && (mine || me.isAdmin || !conversation.assigneeId);

  async function command(
    event: "conversation.accept" | "conversation.close" | "conversation.transfer",
    target: { toAgentId?: string; toTeamId?: string },
    done?: () => void,
  ) {
    if (!socket) return;
    setBusy(event);
    const result = await send(socket, event, { conversationId: conversation.id, ...target });
    setBusy(null);
    if (!result.ok) return void toast.error(result.code === "NETWORK" ? t("offline") : result.message);
    done?.();
  }

  async function convert() {
    setBusy("convert");
    const result = await api.request<{ ticket: { ref: string } }>(`/api/v1/conversations/${conversation.id}/ticket`, {
      method: "POST",
    });
    setBusy(null);
    if (!result.ok) return void toast.error(result.code === "NETWORK" ? t("offline") : result.message);
    toast.success(t("converted", { ref: result.ticket.ref }));
    router.push(`/console/tickets/${result.ticket.ref}`);
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      if (event.code === "KeyR") {
        event.preventDefault();
        composer.current?.focus();
      } else if (event.code === "KeyC" && canClose) {
        event.preventDefault();
        setConfirmClose(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canClose]);

  const waited = conversation.queuedAt ? now - new Date(conversation.queuedAt).getTime() : 0;
  return (
    <section
      aria-label={t("conversationLabel", { name: conversation.customerName })}
      className="flex h-full min-h-0 flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white"
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 px-4 py-3">
        {/* At least 12rem for who and where: in longer languages the buttons wrap below instead of squeezing it. */}
        <div className="min-w-48 flex-1">
          <h1 className="flex min-w-0 items-center gap-2 text-base font-semibold">
            <span className="truncate">{conversation.customerName}</span>
            {conversation.customerVipLevel > 0 ? (
              <span className="inline-flex items-center gap-0.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-[0.6875rem] font-semibold text-amber-800">
                <Crown aria-hidden className="size-3" />
                VIP {conversation.customerVipLevel}
              </span>
            ) : null}
          </h1>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
            <span
              className={`rounded px-1.5 py-0.5 font-medium whitespace-nowrap ${STATUS_STYLE[conversation.status]}`}
              data-testid="conversation-status"
            >
              {t(`status.${conversation.status}`)}
            </span>
            {conversation.assigneeName
              ? t("assignedTo", { name: conversation.assigneeName })
              : conversation.status === "QUEUED"
                ? t("waitingFor", { minutes: Math.floor(waited / 60000) })
                : null}
            {conversation.csat ? <span className="text-amber-700">{`★ ${conversation.csat}/5`}</span> : null}
            {!connected ? <span className="text-amber-700">{t("reconnecting")}</span> : null}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2 [&>button]:whitespace-nowrap">
          {conversation.status === "QUEUED" && !conversation.assigneeId ? (
            <button
              type="button"
              onClick={() => void command("conversation.accept", {})}
              disabled={busy !== null}
              className="inline-flex h-9 items-center gap-1.5 rounded-lg bg-brand-700 px-3 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
              data-testid="accept-conversation"
            >
              {busy === "conversation.accept" ? (
                <Loader2 aria-hidden className="size-4 animate-spin" />
              ) : (
                <LogIn aria-hidden className="size-4" />
              )}
              {t("accept")}
            </button>
          ) : null}
          {canTransfer ? (
            <TransferDialog
              open={transferring}
              onOpenChange={setTransferring}
              me={me.id}
              currentAssignee={conversation.assigneeId}
              agents={agents}
              teams={teams}
              onTransfer={(target) => void command("conversation.transfer", target, () => setTransferring(false))}
            >
              <button
                type="button"
                disabled={busy !== null}
                className="inline-flex h-9 items-center gap-1.5 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
                data-testid="transfer-conversation"
              >
                <ArrowRightLeft aria-hidden className="size-4" />
                {t("transfer")}
              </button>
            </TransferDialog>
          ) : null}
          {canConvert ? (
            <button
              type="button"
              onClick={() => void convert()}
              disabled={busy !== null}
              className="inline-flex h-9 items-center gap-1.5 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              <FileText aria-hidden className="size-4" />
              {t("convert")}
            </button>
          ) : null}
          {canClose ? (
            confirmClose ? (
              <span className="inline-flex items-center gap-1.5 rounded-lg bg-red-50 px-2 py-1 text-sm">
                {t("closeConfirm")}
                <button
                  type="button"
                  onClick={() => void command("conversation.close", {}, () => setConfirmClose(false))}
                  className="rounded-md bg-red-600 px-2 py-1 text-xs font-medium text-white"
                  data-testid="close-confirm"
                  autoFocus
                >
                  {t("close")}
                </button>
                <button
                  type="button"
                  onClick={() => setConfirmClose(false)}
                  className="rounded-md px-2 py-1 text-xs ring-1 ring-slate-300"
                >
                  {t("cancel")}
                </button>
              </span>
            ) : (
              <button
                type="button"
                onClick={() => setConfirmClose(true)}
                disabled={busy !== null}
                className="inline-flex h-9 items-center gap-1.5 rounded-lg bg-slate-900 px-3 text-sm font-medium text-white hover:bg-slate-700"
                data-testid="close-conversation"
              >
                <CheckCircle2 aria-hidden className="size-4" />
                {t("close")}
              </button>
            )
          ) : null}
          <ShortcutsHelp />
        </div>
      </header>
      <MessageList
        messages={snapshot.messages}
        pending={snapshot.pending}
        viewer="AGENT"
        otherReadSeq={conversation.customerLastReadSeq}
        typing={snapshot.typing}
        onRetry={(id) => sync?.retry(id)}
        onDiscard={(id) => sync?.discard(id)}
        onRead={(seq) => sync?.markRead(seq)}
        label={t("messagesLabel")}
      />
      {open ? (
        <Composer
          draftKey={`agent.${conversation.id}`}
          inputRef={composer}
          disabled={!sync}
          notice={
            conversation.status === "QUEUED" && !conversation.assigneeId
              ? t("acceptToReply")
              : !canReply
                ? t("notesOnly", { name: conversation.assigneeName ?? "—" })
                : null
          }
          onSend={(input) => void sync?.send(input)}
          onTyping={(typing) => sync?.setTyping(typing)}
          agent={{
            canned,
            vars: { customerName: conversation.customerName, agentName: me.name },
            canReply,
            preferredLocale: conversation.locale,
          }}
        />
      ) : (
        <p className="border-t border-slate-200 bg-slate-50 px-4 py-3 text-center text-sm text-slate-500">
          {t("closedNotice")}
        </p>
      )}
    </section>
  );
}
