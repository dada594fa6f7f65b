"use client";

import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useApi } from "@/lib/client/hooks";
import type { TicketDetailDto } from "@/lib/contracts/ticket";
import { FilePicker, uploadAll, type PickedFile } from "./file-picker";

/** The customer's reply (with files when this browser is the requester) and, on a solved ticket, "Reopen". */
export function CustomerReplyBox({
  ticket,
  trackingKey,
  canAttach,
  onSent,
}: {
  ticket: TicketDetailDto;
  trackingKey: string | null;
  canAttach: boolean;
  onSent: () => Promise<void>;
}) {
  const t = useTranslations("tickets");
  const errors = useTranslations("errors");
  const api = useApi();
  const [body, setBody] = useState("");
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const query = trackingKey ? `?key=${encodeURIComponent(trackingKey)}` : "";

  function send() {
    startTransition(async () => {
      setError(null);
      const ids = await uploadAll(api, files, setFiles, (name) => t("form.fileTypeNotAllowed", { name }));
      if (!ids) return setError(errors("VALIDATION_FAILED"));
      const result = await api.request(`/api/v1/tickets/${ticket.ref}/replies${query}`, {
        body: { body, attachmentIds: ids },
      });
      if (!result.ok) return setError(result.fields?.body ?? result.message);
      setBody("");
      setFiles([]);
      toast.success(t("detail.sent"));
      await onSent();
    });
  }

  function reopen() {
    startTransition(async () => {
      const result = await api.request(`/api/v1/tickets/${ticket.ref}/reopen${query}`, { method: "POST" });
      if (!result.ok) return setError(result.message);
      toast.success(t("detail.reopened"));
      await onSent();
    });
  }

  return (
    <Card className="p-5">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
        className="space-y-3"
        noValidate
      >
        <label htmlFor="customer-reply" className="block text-sm font-medium text-slate-700">
          {t("detail.replyLabel")}
        </label>
        <textarea
          id="customer-reply"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={4}
          placeholder={t("detail.replyPlaceholder")}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 leading-relaxed shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
          aria-describedby={error ? "customer-reply-error" : undefined}
          data-testid="customer-reply"
        />
        <p id="customer-reply-error" role="alert" className="text-sm text-red-600">
          {error}
        </p>
        <div className="flex flex-wrap items-start justify-end gap-3">
          <div className="mr-auto w-full min-w-0 sm:w-auto sm:flex-1">
            {canAttach ? (
              <FilePicker files={files} onChange={setFiles} disabled={pending} compact />
            ) : (
              <p className="pt-1.5 text-xs text-slate-500">{t("detail.attachNeedsIdentity")}</p>
            )}
          </div>
          {ticket.status === "SOLVED" && ticket.reopenableUntil ? (
            <Button type="button" variant="secondary" onClick={reopen} disabled={pending} data-testid="reopen-ticket">
              <RotateCcw aria-hidden className="size-4" />
              {t("detail.reopen")}
            </Button>
          ) : null}
          <Button type="submit" disabled={pending || !body.trim()} data-testid="send-reply">
            {pending ? t("detail.sending") : t("detail.send")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
