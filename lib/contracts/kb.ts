import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { localizedTextSchema } from "./localized";

// One set of schemas for the admin forms, the API and the services' callers.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CATEGORY_ICONS = [
  "book",
  "rocket",
  "shield",
  "id-card",
  "wallet",
  "candlestick-chart",
  "code",
  "piggy-bank",
  "lock",
  "help-circle",
] as const;
export const TITLE_MAX = 200;
export const BODY_MAX = 50_000;
export const COMMENT_MAX = 1000;
export const SEARCH_LIMIT_MAX = 50;
/** A search looks at this many characters of what was typed; longer text is cut, never refused. */
export const SEARCH_QUERY_MAX = 200;
/** What was typed in a search box, as every search reads it (the API, the search page, the article list, the bot). */
export const searchText = z.string().transform((q) => q.slice(0, SEARCH_QUERY_MAX));
export const REPORT_PERIODS = [7, 30, 90] as const;

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(100)
  .refine((value) => SLUG_PATTERN.test(value), { params: { messageKey: "kb.validation.slug" } });

const id = z.string().trim().min(1).max(40);

export const QUESTION_MAX = 200;
export const QUESTIONS_MAX = 40;

export const translationInputSchema = z.object({
  title: z.string().trim().min(1).max(TITLE_MAX),
  body: z.string().trim().min(1).max(BODY_MAX),
  /** What customers ask when this article is the answer (the bot matches them; search finds the article by them). */
  questions: z
    .array(z.string().trim().max(QUESTION_MAX))
    .max(QUESTIONS_MAX)
    .transform((list) => [...new Set(list.filter(Boolean))])
    .optional(),
});

const translations = z
  .partialRecord(z.enum(LOCALES), translationInputSchema)
  .refine((value) => Object.keys(value).every((key) => (LOCALES as readonly string[]).includes(key)));

export const createArticleSchema = z.object({
  slug,
  categoryId: id,
  translations: translations.refine((t) => Object.values(t).some(Boolean), {
    params: { messageKey: "kb.validation.oneTranslation" },
  }),
  publish: z.boolean().optional(),
});

export const updateArticleSchema = z.object({
  slug: slug.optional(),
  categoryId: id.optional(),
  translations: translations.optional(),
  /** The article's `updatedAt` the editor started from: a save over someone else's newer save is refused. */
  baseUpdatedAt: z.iso.datetime().optional(),
});

export const feedbackSchema = z.object({
  helpful: z.boolean(),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX)
    .optional()
    .transform((value) => value || undefined),
  locale: z.enum(LOCALES).optional(),
  /** The vote this browser just cast, to add a comment to it (or change it) instead of voting twice. */
  feedbackId: id.optional(),
});

const flag = z
  .enum(["1", "0", "true", "false"])
  .optional()
  .transform((value) => value === "1" || value === "true");

export const searchQuerySchema = z.object({
  q: searchText.default(""),
  locale: z.enum(LOCALES).optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMIT_MAX).default(10),
  category: slug.optional(),
  /** Agents and admins only: include drafts. */
  drafts: flag,
});

export const articleListQuerySchema = z.object({
  q: searchText.pipe(z.string().trim()).optional(),
  status: z.enum(["DRAFT", "PUBLISHED"]).optional(),
  category: id.optional(),
  missing: z.enum(LOCALES).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const categoryInputSchema = z.object({
  slug,
  name: localizedTextSchema(80, { required: true }),
  description: localizedTextSchema(300).default({}),
  icon: z.enum(CATEGORY_ICONS).default("book"),
});

export const updateCategorySchema = categoryInputSchema.partial();

export const reorderCategoriesSchema = z.object({ ids: z.array(id).min(1).max(200) });

export const reportQuerySchema = z.object({
  days: z.coerce
    .number()
    .int()
    .refine((d) => (REPORT_PERIODS as readonly number[]).includes(d), { params: { messageKey: "validation.choice" } })
    .default(30),
});

/** The report's tables, each exported as CSV on its own (`GET /api/v1/kb/report/export?days=&table=`). */
export const KB_REPORT_TABLES = ["top", "zero", "leastHelpful", "botMissed"] as const;
export type KbReportTable = (typeof KB_REPORT_TABLES)[number];
export const kbReportExportSchema = reportQuerySchema.extend({ table: z.enum(KB_REPORT_TABLES) });

export type CreateArticleInput = z.output<typeof createArticleSchema>;
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;
export type TranslationInput = z.output<typeof translationInputSchema>;
export type CategoryInput = z.output<typeof categoryInputSchema>;
export type FeedbackInput = z.output<typeof feedbackSchema>;
