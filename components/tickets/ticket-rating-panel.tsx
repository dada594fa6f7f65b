"use client";

import { Star } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useApi } from "@/lib/client/hooks";
import { LOW_TICKET_RATING, type TicketDetailDto, type TicketRatingDto } from "@/lib/contracts/ticket";

/**
 * The requester rates a solved ticket: 1–5 and a reason. Arriving from the email's `rate=N` link records that score
 * at once (one click), then the reason and, on a low score, a follow-up can be added.
 */
export function TicketRatingPanel({
  ticket,
  trackingKey,
  onReopened,
}: {
  ticket: TicketDetailDto;
  trackingKey: string | null;
  onReopened: () => Promise<void>;
}) {
  const t = useTranslations("tickets.rating");
  const api = useApi();
  const fromLink = Number(useSearchParams().get("rate"));
  const [saved, setSaved] = useState<TicketRatingDto | null>(ticket.rating);
  const [score, setScore] = useState(ticket.rating?.score ?? (fromLink >= 1 && fromLink <= 5 ? fromLink : 0));
  const [reason, setReason] = useState(ticket.rating?.reason ?? "");
  const [reopen, setReopen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reopened, setReopened] = useState(false);
  const [pending, startTransition] = useTransition();
  const sentFromLink = useRef(false);
  const query = trackingKey ? `?key=${encodeURIComponent(trackingKey)}` : "";

  function send(body: { score: number; reason: string; reopen: boolean }) {
    startTransition(async () => {
      setError(null);
      const result = await api.request<{ rating: TicketRatingDto; reopened: boolean }>(
        `/api/v1/tickets/${ticket.ref}/rating${query}`,
        { body },
      );
      if (!result.ok) return setError(result.message);
      setSaved(result.rating);
      if (result.reopened) {
        setReopened(true);
        await onReopened();
      }
    });
  }

  useEffect(() => {
    if (sentFromLink.current || ticket.rating || !(fromLink >= 1 && fromLink <= 5)) return;
    sentFromLink.current = true;
    send({ score: fromLink, reason: "", reopen: false });
    // Only on arrival from the email's link.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <Card className="space-y-3 p-5" data-testid="ticket-rating">
      <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <div className="flex items-center gap-1" role="radiogroup" aria-label={t("title")}>
        {[1, 2, 3, 4, 5].map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={score === value}
            aria-label={t("score", { score: value })}
            onClick={() => setScore(value)}
            className="rounded p-1 text-amber-500 hover:bg-amber-50"
            data-testid={`rate-${value}`}
          >
            <Star aria-hidden className={`size-7 ${value <= score ? "fill-amber-400" : ""}`} />
          </button>
        ))}
      </div>
      <p className="flex justify-between text-xs text-slate-500 sm:max-w-[12.5rem]">
        <span>{t("poor")}</span>
        <span>{t("great")}</span>
      </p>
      <label className="block text-sm text-slate-700">
        {t("reason")}
        <textarea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          maxLength={1000}
          rows={3}
          className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
          data-testid="rating-reason"
        />
      </label>
      {score > 0 && score <= LOW_TICKET_RATING && ticket.status === "SOLVED" ? (
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={reopen} onChange={(event) => setReopen(event.target.checked)} />
          {t("reopen")}
        </label>
      ) : null}
      <Button
        onClick={() => send({ score, reason, reopen })}
        disabled={pending || score === 0}
        data-testid="rating-submit"
      >
        {saved ? t("update") : t("submit")}
      </Button>
      <div aria-live="polite" className="text-sm">
        {error ? <p className="text-red-700">{error}</p> : null}
        {saved && !error ? (
          <p className="text-emerald-700" data-testid="rating-thanks">
            {t("thanks", { score: saved.score })}
          </p>
        ) : null}
        {reopened ? <p className="text-slate-700">{t("reopened")}</p> : null}
      </div>
    </Card>
  );
}
