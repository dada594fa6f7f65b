import type { ReactNode } from "react";

/** A titled table with its CSV download beside the title (every report table can be exported). */
export function TableSection({
  title,
  hint,
  exportHref,
  exportText,
  exportLabel,
  children,
}: {
  title: string;
  hint?: string;
  exportHref: string;
  exportText: string;
  /** The link's accessible name: which table it exports, since a page has several. */
  exportLabel: string;
  children: ReactNode;
}) {
  return (
    <section className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{title}</h3>
        <a
          href={exportHref}
          aria-label={exportLabel}
          className="rounded-lg border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-50"
        >
          {exportText}
        </a>
      </div>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {children}
    </section>
  );
}
