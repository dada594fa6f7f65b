import { useFormatter, useTranslations } from "next-intl";
import type { ReviewDto } from "@/lib/contracts/quality";

/** A finished review: the overall score, who reviewed when, and each criterion's score and comment. */
export function ReviewCard({ review, heading }: { review: ReviewDto; heading?: React.ReactNode }) {
  const t = useTranslations("quality.review");
  const format = useFormatter();
  const percent = format.number(review.percent / 100, { style: "percent", maximumFractionDigits: 0 });
  return (
    <article className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="review">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="min-w-0">
          {heading}
          <p className="text-xs text-slate-500">
            {t("reviewedBy", {
              reviewer: review.reviewer,
              date: format.dateTime(new Date(review.createdAt), { dateStyle: "medium" }),
            })}
            {" · "}
            {review.scorecard}
          </p>
        </div>
        <p
          className="rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800"
          data-testid="review-percent"
        >
          {t("overall", { percent })}
        </p>
      </div>
      <dl className="mt-3 divide-y divide-slate-100 text-sm">
        {review.scores.map((score) => (
          <div key={score.key} className="grid grid-cols-[10rem_3rem_1fr] gap-3 py-2">
            <dt className="font-medium text-slate-700">{score.label}</dt>
            <dd className="text-slate-900 tabular-nums">{t("outOf", { score: score.score })}</dd>
            <dd className="text-slate-600">{score.comment}</dd>
          </div>
        ))}
      </dl>
      {review.comment ? <p className="mt-3 text-sm whitespace-pre-line text-slate-800">{review.comment}</p> : null}
    </article>
  );
}
