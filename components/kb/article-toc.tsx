import type { TocEntry } from "@/lib/markdown/render";

/** "On this page": links to the article's sections (h2, h3). */
export function ArticleToc({ entries, label }: { entries: TocEntry[]; label: string }) {
  return (
    <nav aria-label={label} className="text-sm">
      <p className="font-semibold text-slate-900">{label}</p>
      <ul className="mt-2 space-y-1.5 border-l border-slate-200">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-6" : "pl-3"}>
            <a href={`#${entry.id}`} className="block text-slate-600 hover:text-brand-700">
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
