import { z } from "zod";
import type { LocalizedText } from "@/lib/i18n/locales";
import { localizedTextSchema } from "./localized";

/** Each criterion is scored on this scale; a review's percentage maps 1 to 0 % and 5 to 100 %. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const MAX_CRITERIA = 12;

const criterionKey = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((value) => /^[a-z0-9-]+$/.test(value), { params: { messageKey: "validation.slug" } });

/** A scorecard as an admin saves it: a new one without `id`. The active card is the one reviews are made against. */
export const saveScorecardSchema = z.object({
  id: z.string().min(1).optional(),
  name: localizedTextSchema(80, { required: true }),
  active: z.boolean().default(false),
  criteria: z
    .array(z.object({ key: criterionKey, label: localizedTextSchema(80, { required: true }) }))
    .min(1)
    .max(MAX_CRITERIA)
    .refine((criteria) => new Set(criteria.map((criterion) => criterion.key)).size === criteria.length, {
      params: { messageKey: "quality.validation.duplicateCriterion" },
    }),
});

export const scorecardIdSchema = z.object({ id: z.string().min(1) });

/** What a review is of: a closed chat or a solved ticket. */
export const reviewTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("chat"), conversationId: z.string().min(1) }),
  z.object({ kind: z.literal("ticket"), ticketNumber: z.coerce.number().int().positive() }),
]);

/** A supervisor's review: a score and an optional comment for every criterion of the active card. */
export const createReviewSchema = z.object({
  target: reviewTargetSchema,
  scores: z
    .array(
      z.object({
        key: criterionKey,
        score: z.number().int().min(SCORE_MIN).max(SCORE_MAX),
        comment: z.string().trim().max(1000).default(""),
      }),
    )
    .max(MAX_CRITERIA),
  comment: z.string().trim().max(2000).default(""),
});

/** The review queue's week: the Monday it starts on, in the desk's time zone. */
export const reviewWeekSchema = z.iso.date().optional();

export type SaveScorecardInput = z.output<typeof saveScorecardSchema>;
export type ReviewTarget = z.output<typeof reviewTargetSchema>;
export type CreateReviewInput = z.output<typeof createReviewSchema>;

export type ScorecardDto = {
  id: string;
  name: LocalizedText;
  active: boolean;
  criteria: { key: string; label: LocalizedText }[];
  reviews: number;
};

/** A review as its reader sees it: labels already in their language. */
export type ReviewDto = {
  id: string;
  percent: number;
  comment: string;
  createdAt: string;
  scorecard: string;
  reviewer: string;
  agent: string;
  target: { kind: "chat"; id: string; label: string } | { kind: "ticket"; number: number; label: string };
  scores: { key: string; label: string; score: number; comment: string }[];
};

/** One proposed item of the week's sample. */
export type SampleItemDto = {
  kind: "chat" | "ticket";
  id: string;
  number: number | null;
  label: string;
  closedAt: string;
  reviewPercent: number | null;
};

export type WeeklySampleDto = {
  week: string;
  previousWeek: string;
  nextWeek: string | null;
  perAgent: number;
  agents: { id: string; name: string; closed: number; items: SampleItemDto[] }[];
};

/** A review's percentage: the mean score on the 1–5 scale as 0–100. */
export const reviewPercent = (scores: { score: number }[]) =>
  (scores.reduce((sum, { score }) => sum + (score - SCORE_MIN), 0) / scores.length / (SCORE_MAX - SCORE_MIN)) * 100;
