"use client";

import { Lock, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";
import { getSocket, sendCommand } from "@/lib/realtime/client";
import { TICKET_STATUSES, type TicketDetailDto, type TicketStatus } from "@/lib/contracts/ticket";
import { fillPlaceholders } from "@/lib/contracts/placeholders";
import { CannedPicker, type CannedReply } from "./canned-picker";
import { FilePicker, uploadAll, type PickedFile } from "./file-picker";
import { Segmented } from "@/components/ui/segmented";

/**
 * The agent's composer: a public reply (emailed to the customer) or an internal note, canned responses, files, and
 * the status to leave the ticket in. While the agent types, other agents see "… is replying".
 */
export function TicketComposer({
  ticket,
  canned,
  agentName,
  onSent,
}: {
  ticket: TicketDetailDto;
  canned: CannedReply[];
  agentName: string;
  onSent: () => Promise<void>;
}) {
  const t = useTranslations("tickets");
  const errors = useTranslations("errors");
  const api = useApi();
  const [mode, setMode] = useState<"reply" | "note">("reply");
  const [body, setBody] = useState("");
  // "Submit as pending" is the usual answer to a customer; a status equal to the current one means "unchanged".
  const [chosen, setStatus] = useState<TicketStatus | "">("PENDING");
  const status = chosen === ticket.status ? "" : chosen;
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const replying = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  const announce = (on: boolean) => {
    if (replying.current === on) return;
    replying.current = on;
    void sendCommand(getSocket(), "ticket.presence.set", { ref: ticket.ref, replying: on });
  };
  useEffect(
    () => () => {
      clearTimeout(idle.current);
      if (replying.current) void sendCommand(getSocket(), "ticket.presence.set", { ref: ticket.ref, replying: false });
    },
    [ticket.ref],
  );

  function typed(value: string) {
    setBody(value);
    announce(value.trim().length > 0);
    clearTimeout(idle.current);
    idle.current = setTimeout(() => announce(false), 15_000);
  }

  function send() {
    startTransition(async () => {
      setError(null);
      const ids = await uploadAll(api, files, setFiles, (name) => t("form.fileTypeNotAllowed", { name }));
      if (!ids) return setError(errors("VALIDATION_FAILED"));
      const note = mode === "note";
      const result = await api.request(`/api/v1/tickets/${ticket.ref}/replies`, {
        body: { body, internal: note, attachmentIds: ids, ...(status ? { status } : {}) },
      });
      if (!result.ok) return setError(result.fields?.body ?? result.fields?.status ?? result.message);
      setBody("");
      setFiles([]);
      announce(false);
      toast.success(note ? t("agent.addNote") : t("detail.sent"));
      await onSent();
    });
  }

  const statusLabel = (s: TicketStatus) => t(`agentStatus.${s}`);
  const note = mode === "note";
  return (
    <form
      className={`rounded-2xl border shadow-sm ${note ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
      data-testid="ticket-composer"
    >
      <Segmented
        label={t("agent.mode")}
        value={mode}
        onChange={(m) => (setMode(m), setStatus(m === "note" ? "" : "PENDING"))}
        className="flex gap-1 border-b border-slate-200/80 px-2 pt-2"
        itemClassName="-mb-px inline-flex items-center gap-1.5 rounded-t-lg border-b-2 px-3 py-2 text-sm font-medium"
        options={[
          {
            value: "reply",
            label: (
              <>
                <Send aria-hidden className="size-3.5" />
                {t("agent.publicReply")}
              </>
            ),
            on: "border-brand-600 text-brand-800",
            off: "border-transparent text-slate-500 hover:text-slate-800",
            testId: "composer-reply",
          },
          {
            value: "note",
            label: (
              <>
                <Lock aria-hidden className="size-3.5" />
                {t("agent.internalNote")}
              </>
            ),
            on: "border-amber-500 text-amber-900",
            off: "border-transparent text-slate-500 hover:text-slate-800",
            testId: "composer-note",
          },
        ]}
      />
      <div className="space-y-3 p-3">
        <label htmlFor="agent-reply" className="sr-only">
          {note ? t("agent.internalNote") : t("agent.publicReply")}
        </label>
        <textarea
          id="agent-reply"
          value={body}
          onChange={(e) => typed(e.target.value)}
          onBlur={() => announce(false)}
          rows={5}
          placeholder={note ? t("agent.notePlaceholder") : t("agent.replyPlaceholder", { name: ticket.requester.name })}
          className={`block w-full resize-y rounded-lg border px-3 py-2.5 leading-relaxed focus:ring-2 focus:outline-none ${note ? "border-amber-300 bg-white focus:ring-amber-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-200"}`}
          data-testid="agent-reply"
        />
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
        <div className="flex flex-wrap items-start gap-2">
          <FilePicker files={files} onChange={setFiles} disabled={pending} compact />
          <CannedPicker
            replies={canned}
            locale={ticket.locale}
            onPick={(reply) =>
              typed(
                `${body}${body && !body.endsWith("\n") ? "\n" : ""}${fillPlaceholders(reply.body, { customerName: ticket.requester.name, agentName })}`,
              )
            }
          />
          <div className="ml-auto flex items-center gap-2">
            <label htmlFor="submit-as" className="text-sm text-slate-600">
              {t("agent.submitAs")}
            </label>
            <select
              id="submit-as"
              value={status}
              onChange={(e) => setStatus(e.target.value as TicketStatus | "")}
              className="h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm"
              data-testid="submit-as"
            >
              <option value="">{t("agent.keepStatus", { status: statusLabel(ticket.status) })}</option>
              {TICKET_STATUSES.filter((s) => s !== "NEW" && s !== ticket.status).map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
            <Button
              type="submit"
              disabled={pending || !body.trim()}
              className={note ? "bg-amber-600 hover:bg-amber-700" : ""}
              data-testid="agent-send"
            >
              {pending
                ? t("agent.sending")
                : note
                  ? t("agent.addNote")
                  : status
                    ? t("agent.sendAs", { status: statusLabel(status) })
                    : t("agent.send")}
            </Button>
          </div>
        </div>
      </div>
    </form>
  );
}
