import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { createReviewAction } from "./actions";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import type { ReviewTarget } from "@/lib/contracts/quality";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { AppError } from "@/lib/errors";
import { getReviewTarget } from "@/lib/services/quality/reviews";
import { ReviewCard } from "@/components/quality/review-card";
import { ReviewForm } from "@/components/quality/review-form";

/** The review of one closed chat or solved ticket: the review when it exists, else the active card's form. */
export async function ReviewPage({ actor, target }: { actor: Actor; target: ReviewTarget }) {
  const locale = await getLocale();
  const [t, tErrors, format, view] = await Promise.all([
    getTranslations("quality.review"),
    getTranslations("errors"),
    getFormatter(),
    getReviewTarget({ actor, target, locale }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
  ]);
  const itemHref =
    target.kind === "chat"
      ? `/console/chats/${target.conversationId}`
      : `/console/tickets/${formatTicketNumber(target.ticketNumber)}`;
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ButtonLink href="/console/reviews" variant="ghost" size="sm" className="-ml-2">
          ← {t("back")}
        </ButtonLink>
        <ButtonLink href={itemHref} variant="secondary" size="sm">
          {target.kind === "chat" ? t("openChat") : t("openTicket")}
        </ButtonLink>
      </div>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">
          {t("title")}: {view.label}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("handledBy", { agent: view.agent })}
          {view.closedAt
            ? ` · ${t("closedAt", { date: format.dateTime(new Date(view.closedAt), { dateStyle: "medium", timeStyle: "short" }) })}`
            : null}
        </p>
      </div>
      {view.review ? (
        <ReviewCard review={view.review} />
      ) : view.scorecard ? (
        <Card className="space-y-3 p-4">
          <h2 className="font-semibold">{t("against", { name: view.scorecard.name })}</h2>
          <ReviewForm target={target} criteria={view.scorecard.criteria} save={createReviewAction} />
        </Card>
      ) : (
        <p className="rounded-xl bg-amber-50 p-4 text-sm text-amber-900">{tErrors("noActiveScorecard")}</p>
      )}
    </div>
  );
}
