"use client";

import { LoaderCircle, Search, SearchX } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { parseQuery } from "@/lib/search/query";
import { useApi } from "@/lib/client/hooks";
import { SEARCH_TOTAL_CAP, snippetParts, type Snippet } from "@/lib/contracts/search";
import { highlighter, markMatches } from "@/lib/search/snippet";
import { Highlighted } from "./highlighted";

export type SearchHit = {
  id: string;
  slug: string;
  title: string;
  snippet: Snippet;
  category: { slug: string; name: string };
  locale: string;
};
export type SearchData = { results: SearchHit[]; total: number; correctedQuery?: string };

const DEBOUNCE_MS = 250;

/** Search-as-you-type: the first page comes rendered from the server; each pause in typing asks the API again. */
export function SearchPage({ initialQuery, initial }: { initialQuery: string; initial: SearchData }) {
  const t = useTranslations("kb.search");
  const locale = useLocale();
  const api = useApi();
  const [query, setQuery] = useState(initialQuery);
  const [data, setData] = useState<SearchData>(initial);
  const [shownQuery, setShownQuery] = useState(initialQuery);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // While an IME composes (pinyin → 汉字), the input holds latin letters: do not search those.
  const [composing, setComposing] = useState(false);
  const firstRun = useRef(true);
  const inputRef = useRef<HTMLInputElement>(null);

  function change(value: string) {
    setQuery(value);
    const q = value.trim();
    window.history.replaceState(
      window.history.state,
      "",
      q ? `/help/search?q=${encodeURIComponent(q)}` : "/help/search",
    );
    if (!q) {
      setData({ results: [], total: 0 });
      setShownQuery("");
    }
  }

  useEffect(() => {
    // Typed before the page finished loading (hydration)? React kept the text but never saw it: search it now.
    const typed = inputRef.current?.value;
    if (typed !== undefined && typed !== initialQuery) queueMicrotask(() => change(typed));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (firstRun.current || !q || composing) {
      firstRun.current = false;
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      const result = await api.request<SearchData>(
        `/api/v1/kb/search?q=${encodeURIComponent(q)}&locale=${locale}&limit=20`,
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return; // a newer query is on its way
      setFailed(!result.ok);
      if (result.ok) {
        setData(result);
        setShownQuery(q);
      }
      setLoading(false);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale, composing, api]);

  const titlePattern = useMemo(
    () => highlighter(parseQuery(data.correctedQuery ?? shownQuery).terms),
    [data.correctedQuery, shownQuery],
  );

  return (
    <div>
      <form
        role="search"
        action="/help/search"
        method="get"
        onSubmit={(event) => event.preventDefault()}
        className="relative"
      >
        <label htmlFor="kb-search-input" className="sr-only">
          {t("label")}
        </label>
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-slate-400"
        />
        <input
          id="kb-search-input"
          ref={inputRef}
          name="q"
          type="search"
          autoFocus
          autoComplete="off"
          value={query}
          onChange={(event) => change(event.target.value)}
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={() => setComposing(false)}
          placeholder={t("placeholder")}
          className="h-14 w-full rounded-xl border border-slate-300 bg-white pr-12 pl-12 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-500 focus:ring-4 focus:ring-brand-200 focus:outline-none"
        />
        {loading ? (
          <LoaderCircle
            aria-hidden
            className="absolute top-1/2 right-4 size-5 -translate-y-1/2 animate-spin text-slate-400"
          />
        ) : null}
      </form>

      <div aria-live="polite" className="mt-6 text-sm text-slate-600">
        {failed ? <p className="text-red-700">{t("failed")}</p> : null}
        {shownQuery && !failed ? (
          <p>
            {data.correctedQuery ? t("corrected", { query: data.correctedQuery }) + " " : ""}
            {data.total >= SEARCH_TOTAL_CAP
              ? t("countMany", { count: SEARCH_TOTAL_CAP, query: shownQuery })
              : t("count", { count: data.total, query: shownQuery })}
          </p>
        ) : null}
      </div>

      {data.results.length > 0 ? (
        <ol className="mt-4 space-y-3">
          {data.results.map((hit) => (
            <li key={hit.id}>
              <Link
                href={`/help/articles/${hit.slug}`}
                className="block rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-300 hover:shadow-md"
              >
                <span className="text-xs font-medium tracking-wide text-brand-700 uppercase">{hit.category.name}</span>
                <h2 lang={hit.locale} className="mt-1 text-lg font-semibold text-slate-900">
                  <Highlighted parts={markMatches(hit.title, titlePattern)} />
                </h2>
                <p lang={hit.locale} className="mt-1.5 text-sm leading-relaxed text-slate-600">
                  <Highlighted parts={snippetParts(hit.snippet)} />
                </p>
                {hit.locale !== locale ? (
                  <span className="mt-2 inline-block rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
                    {t("otherLanguage")}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ol>
      ) : shownQuery && !loading ? (
        <div className="mt-6 rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <SearchX aria-hidden className="mx-auto size-10 text-slate-400" />
          <h2 className="mt-3 font-semibold text-slate-900">{t("emptyTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("emptyBody")}</p>
        </div>
      ) : null}
    </div>
  );
}
