"use client";

import { ExternalLink, History } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { useApi } from "@/lib/client/hooks";
import type { Failure, Result } from "@/lib/contracts/result";
import { languageOf, LOCALES, type Locale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "./status-badge";
import { TranslationPane, type TranslationDraft } from "./translation-pane";

// Each save or publish replaces the previous confirmation instead of stacking identical ones.
const EDITOR_TOAST = { id: "kb-editor" };

export type EditableArticle = {
  id: string;
  slug: string;
  categoryId: string;
  status: "DRAFT" | "PUBLISHED";
  updatedAt: string;
  translations: Partial<Record<Locale, TranslationDraft>>;
};

type Saved = { id: string; slug: string; status: "DRAFT" | "PUBLISHED"; updatedAt: string };
const empty: TranslationDraft = { title: "", body: "", questions: "" };
const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);

/** Create or edit an article: both languages side by side with live previews; save (a revision), publish, unpublish. */
export function ArticleEditor({
  article,
  categories,
}: {
  article?: EditableArticle;
  categories: { id: string; name: string }[];
}) {
  const t = useTranslations("kbAdmin");
  const router = useRouter();
  const api = useApi();
  const [slug, setSlug] = useState(article?.slug ?? "");
  const [slugTouched, setSlugTouched] = useState(Boolean(article));
  const [categoryId, setCategoryId] = useState(article?.categoryId ?? categories[0]?.id ?? "");
  const [drafts, setDrafts] = useState<Record<Locale, TranslationDraft>>(
    () =>
      Object.fromEntries(LOCALES.map((l) => [l, article?.translations[l] ?? empty])) as Record<
        Locale,
        TranslationDraft
      >,
  );
  const [saved, setSaved] = useState(() => JSON.stringify({ slug: article?.slug ?? "", categoryId, drafts }));
  const [status, setStatus] = useState(article?.status ?? "DRAFT");
  const [base, setBase] = useState(article?.updatedAt);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const dirty = useMemo(
    () => JSON.stringify({ slug, categoryId, drafts }) !== saved,
    [slug, categoryId, drafts, saved],
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const translations = () =>
    Object.fromEntries(
      LOCALES.filter((l) => drafts[l].title.trim() || drafts[l].body.trim()).map((l) => [
        l,
        {
          title: drafts[l].title,
          body: drafts[l].body,
          questions: drafts[l].questions
            .split("\n")
            .map((q) => q.trim())
            .filter(Boolean),
        },
      ]),
    );

  async function run<T extends object>(request: () => Promise<Result<T>>, done: (data: T) => void) {
    setPending(true);
    const result = await request();
    setPending(false);
    if (!result.ok) {
      setFailure(result);
      toast.error(result.message || t("editor.failed"));
      return;
    }
    setFailure(null);
    done(result);
  }

  const save = (publish = false) =>
    article
      ? run(
          () =>
            api.request<{ article: Saved }>(`/api/v1/kb/articles/${article.id}`, {
              method: "PATCH",
              body: { slug, categoryId, translations: translations(), baseUpdatedAt: base },
            }),
          async ({ article: a }) => {
            setBase(a.updatedAt);
            setSaved(JSON.stringify({ slug, categoryId, drafts }));
            toast.success(t("editor.saved"), EDITOR_TOAST);
            if (publish) await setPublished(true);
            router.refresh();
          },
        )
      : run(
          () =>
            api.request<{ article: Saved }>(`/api/v1/kb/articles`, {
              body: { slug, categoryId, translations: translations(), publish },
            }),
          ({ article: a }) => {
            setSaved(JSON.stringify({ slug, categoryId, drafts }));
            toast.success(publish ? t("editor.published") : t("editor.saved"), EDITOR_TOAST);
            router.replace(`/admin/kb/${a.id}`);
          },
        );

  const setPublished = (publish: boolean) =>
    run(
      () =>
        api.request<{ article: Saved }>(`/api/v1/kb/articles/${article!.id}/${publish ? "publish" : "unpublish"}`, {
          body: {},
        }),
      ({ article: a }) => {
        setStatus(a.status);
        setBase(a.updatedAt);
        toast.success(publish ? t("editor.published") : t("editor.unpublished"), EDITOR_TOAST);
        router.refresh();
      },
    );

  const fields = failure?.fields ?? {};
  const paneErrors = (l: Locale) => ({
    title: fields[`translations.${l}.title`],
    body: fields[`translations.${l}.body`],
  });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="space-y-5"
      noValidate
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{article ? t("editor.editTitle") : t("editor.newTitle")}</h1>
        <StatusBadge status={status} label={t(`status.${status}`)} />
        {dirty ? <span className="text-sm text-amber-800">{t("editor.unsaved")}</span> : null}
        <div className="ml-auto flex flex-wrap gap-2">
          {article ? (
            <>
              <Link
                href={`/admin/kb/${article.id}/history`}
                className="inline-flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                <History aria-hidden className="size-4" />
                {t("editor.history")}
              </Link>
              <a
                href={`/help/articles/${article.slug}`}
                target="_blank"
                rel="noreferrer"
                className="inline-flex h-10 items-center gap-1.5 rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                <ExternalLink aria-hidden className="size-4" />
                {t("editor.view")}
              </a>
              {status === "PUBLISHED" ? (
                <Button type="button" variant="secondary" disabled={pending} onClick={() => setPublished(false)}>
                  {t("editor.unpublish")}
                </Button>
              ) : (
                <Button
                  type="button"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => (dirty ? save(true) : setPublished(true))}
                >
                  {t("editor.publish")}
                </Button>
              )}
            </>
          ) : (
            <Button type="button" variant="secondary" disabled={pending} onClick={() => save(true)}>
              {t("editor.createPublish")}
            </Button>
          )}
          <Button type="submit" disabled={pending || (article !== undefined && !dirty)}>
            {article ? t("editor.save") : t("editor.createDraft")}
          </Button>
        </div>
      </div>

      <div aria-live="polite">
        {failure ? (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {failure.message}
            {fields.translations ? ` ${fields.translations}` : ""}
          </p>
        ) : null}
      </div>

      <div className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2">
        <div className="space-y-1.5">
          <label htmlFor="kb-slug" className="block text-sm font-medium text-slate-700">
            {t("editor.slug")}
          </label>
          <div className="flex items-center rounded-lg border border-slate-300 bg-slate-50 focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-200">
            <span className="pl-3 text-sm text-slate-500">{"/help/articles/"}</span>
            <input
              id="kb-slug"
              value={slug}
              onChange={(event) => {
                setSlug(event.target.value);
                setSlugTouched(true);
              }}
              aria-invalid={fields.slug ? true : undefined}
              aria-describedby={fields.slug ? "kb-slug-error" : undefined}
              className="h-11 min-w-0 flex-1 rounded-r-lg bg-white px-2 text-slate-900 focus:outline-none"
            />
          </div>
          {fields.slug ? (
            <p id="kb-slug-error" className="text-sm text-red-700">
              {fields.slug}
            </p>
          ) : null}
        </div>
        <div className="space-y-1.5">
          <label htmlFor="kb-category" className="block text-sm font-medium text-slate-700">
            {t("editor.category")}
          </label>
          <select
            id="kb-category"
            value={categoryId}
            onChange={(event) => setCategoryId(event.target.value)}
            aria-invalid={fields.categoryId ? true : undefined}
            className="h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-slate-900 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none"
          >
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {fields.categoryId ? <p className="text-sm text-red-700">{fields.categoryId}</p> : null}
        </div>
      </div>

      <div className="grid gap-4 xl:grid-cols-2">
        {LOCALES.map((l) => (
          <TranslationPane
            key={l}
            locale={l}
            label={languageOf(l).label}
            value={drafts[l]}
            errors={paneErrors(l)}
            onChange={(value) => {
              setDrafts((current) => ({ ...current, [l]: value }));
              if (languageOf(l).script === "Latin" && !slugTouched) setSlug(slugify(value.title));
            }}
          />
        ))}
      </div>
    </form>
  );
}
