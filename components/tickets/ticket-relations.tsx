"use client";

import { GitMerge, Link2, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Card } from "@/components/ui/card";
import { useApi } from "@/lib/client/hooks";
import type { TicketDetailDto } from "@/lib/contracts/ticket";
import { StatusBadge } from "./badges";
import { TicketPicker } from "./ticket-picker";

/** The agent's "Merge into…" and "Link ticket", with the related tickets and where a merged ticket went. */
export function TicketRelations({ ticket, onChanged }: { ticket: TicketDetailDto; onChanged: () => void }) {
  const t = useTranslations("tickets.merge");
  const api = useApi();
  const router = useRouter();
  const [mode, setMode] = useState<"merge" | "link" | null>(null);
  const [pending, startTransition] = useTransition();
  const base = `/api/v1/tickets/${ticket.ref}`;

  function merge(into: string) {
    if (!window.confirm(t("confirm", { from: ticket.ref, to: into }))) return;
    startTransition(async () => {
      const result = await api.request<{ into: { ref: string } }>(`${base}/merge`, { method: "POST", body: { into } });
      if (!result.ok) return void toast.error(result.message);
      toast.success(t("mergedInto", { ref: result.into.ref }));
      router.push(`/console/tickets/${result.into.ref}`);
    });
  }

  function link(ref: string, linked: boolean) {
    startTransition(async () => {
      const result = linked
        ? await api.request(`${base}/links`, { method: "POST", body: { ticket: ref } })
        : await api.request(`${base}/links/${ref}`, { method: "DELETE" });
      if (!result.ok) return void toast.error(result.message);
      toast.success(t(linked ? "linked" : "unlinked", { ref }));
      setMode(null);
      onChanged();
    });
  }

  const heading = "text-xs font-semibold tracking-wide text-slate-500 uppercase";
  const open = ticket.status !== "CLOSED";
  return (
    <Card className="p-4" data-testid="ticket-relations">
      <h2 className={heading}>{t("title")}</h2>
      {ticket.mergedInto ? (
        <p className="mt-3 rounded-lg bg-amber-50 p-2 text-sm text-amber-900" role="status">
          {t("mergedBanner", { ref: ticket.mergedInto.ref })}{" "}
          <Link href={ticket.mergedInto.href} className="font-medium underline">
            {t("open", { ref: ticket.mergedInto.ref })}
          </Link>
        </p>
      ) : null}
      <h3 className="mt-3 text-sm font-medium text-slate-700">{t("related")}</h3>
      {ticket.links.length ? (
        <ul className="mt-2 space-y-1.5" aria-label={t("related")}>
          {ticket.links.map((linked) => (
            <li key={linked.ref} className="flex items-start justify-between gap-2 text-sm">
              <Link href={`/console/tickets/${linked.ref}`} className="min-w-0 hover:underline">
                <span className="font-mono text-xs text-slate-500">{linked.ref}</span>{" "}
                <span className="break-words text-slate-800">{linked.subject}</span>{" "}
                <StatusBadge status={linked.status} audience="agent" />
              </Link>
              <button
                type="button"
                onClick={() => link(linked.ref, false)}
                disabled={pending}
                aria-label={t("unlink", { ref: linked.ref })}
                title={t("unlink", { ref: linked.ref })}
                className="shrink-0 rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
              >
                <X aria-hidden className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-500">{t("noRelated")}</p>
      )}
      {mode ? (
        <div className="mt-3">
          <TicketPicker
            selfRef={ticket.ref}
            hint={mode === "merge" ? t("mergeHint", { ref: ticket.ref }) : undefined}
            actionLabel={(ref) => t(mode === "merge" ? "merge" : "link", { ref })}
            danger={mode === "merge"}
            pending={pending}
            onPick={(ref) => (mode === "merge" ? merge(ref) : link(ref, true))}
            onCancel={() => setMode(null)}
          />
        </div>
      ) : !ticket.mergedInto ? (
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 border-t border-slate-100 pt-3 text-sm">
          <ModeButton icon={Link2} label={t("linkTicket")} onClick={() => setMode("link")} />
          {open ? <ModeButton icon={GitMerge} label={t("mergeInto")} onClick={() => setMode("merge")} /> : null}
        </div>
      ) : null}
    </Card>
  );
}

function ModeButton({ icon: Icon, label, onClick }: { icon: typeof Link2; label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="inline-flex items-center gap-1.5 text-slate-600 hover:text-slate-900"
    >
      <Icon aria-hidden className="size-3.5" />
      {label}
    </button>
  );
}
