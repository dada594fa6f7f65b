"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useAction } from "@/components/admin/use-action";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { SCORE_MAX, SCORE_MIN, type ReviewTarget } from "@/lib/contracts/quality";
import type { ActionResult } from "@/lib/http/action";

const SCALE = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/** Scores each criterion of the active card 1–5 with an optional comment, and an overall comment. */
export function ReviewForm({
  target,
  criteria,
  save,
}: {
  target: ReviewTarget;
  criteria: { key: string; label: string }[];
  save: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("quality.review");
  const router = useRouter();
  const [scores, setScores] = useState<Record<string, { score?: number; comment: string }>>({});
  const [comment, setComment] = useState("");
  const { fields, pending, run } = useAction();
  const submit = () => {
    const input = {
      target,
      comment,
      scores: criteria.flatMap(({ key }) => {
        const given = scores[key];
        return given?.score ? [{ key, score: given.score, comment: given.comment }] : [];
      }),
    };
    run(
      () => save(input),
      () => {
        toast.success(t("submitted"));
        router.refresh();
      },
    );
  };
  return (
    <form
      className="space-y-4"
      data-testid="review-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="text-xs text-slate-500">{t("scoreHint")}</p>
      {criteria.map(({ key, label }) => {
        const value = scores[key] ?? { comment: "" };
        // A score chosen since the refusal answers its error.
        const error = value.score ? undefined : fields[`scores.${key}`];
        return (
          <fieldset key={key} className="rounded-xl border border-slate-200 bg-white p-3" aria-invalid={!!error}>
            <legend className="px-1 text-sm font-semibold text-slate-800">{label}</legend>
            <div className="flex flex-wrap gap-2" role="radiogroup" aria-label={label}>
              {SCALE.map((score) => (
                <label
                  key={score}
                  className={`flex size-10 cursor-pointer items-center justify-center rounded-lg border text-sm font-semibold has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300 ${value.score === score ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
                >
                  <input
                    type="radio"
                    className="sr-only"
                    name={`score-${key}`}
                    value={score}
                    checked={value.score === score}
                    onChange={() => setScores({ ...scores, [key]: { ...value, score } })}
                  />
                  {score}
                </label>
              ))}
            </div>
            {error ? <p className="mt-1 text-sm text-red-600">{error}</p> : null}
            <input
              className="mt-2 block h-9 w-full rounded-lg border border-slate-300 px-3 text-sm"
              aria-label={t("criterionComment", { criterion: label })}
              placeholder={t("criterionComment", { criterion: label })}
              maxLength={1000}
              value={value.comment}
              onChange={(event) => setScores({ ...scores, [key]: { ...value, comment: event.target.value } })}
            />
          </fieldset>
        );
      })}
      <TextAreaField
        id="review-comment"
        label={t("comment")}
        maxLength={2000}
        value={comment}
        error={fields.comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
