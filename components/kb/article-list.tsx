import { FileText } from "lucide-react";
import Link from "next/link";

/** A plain list of article links (popular, in a category, related). */
export function ArticleList({
  articles,
  meta,
}: {
  articles: { slug: string; title: string; category?: string }[];
  meta?: boolean;
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {articles.map((article) => (
        <li key={article.slug}>
          <Link href={`/help/articles/${article.slug}`} className="group flex items-start gap-3 px-1 py-3">
            <FileText aria-hidden className="mt-0.5 size-5 shrink-0 text-slate-400 group-hover:text-brand-600" />
            <span className="min-w-0">
              <span className="block text-slate-800 group-hover:text-brand-700 group-hover:underline">
                {article.title}
              </span>
              {meta && article.category ? (
                <span className="mt-0.5 block text-xs text-slate-600">{article.category}</span>
              ) : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
