import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CategoryIcon } from "./category-icon";

export type CategoryCard = {
  slug: string;
  icon: string;
  name: string;
  description: string;
  articleCount: number;
  articles: { slug: string; title: string }[];
};

/** The categories, each with its most read articles. */
export async function CategoryGrid({ categories }: { categories: CategoryCard[] }) {
  const t = await getTranslations("kb");
  return (
    <section aria-labelledby="kb-categories">
      <h2 id="kb-categories" className="text-xl font-semibold text-slate-900">
        {t("home.categories")}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((category) => (
          <li
            key={category.slug}
            className="flex flex-col rounded-2xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-300 hover:shadow-md"
          >
            <Link href={`/help/categories/${category.slug}`} className="group flex items-start gap-3">
              <span className="inline-flex size-11 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
                <CategoryIcon name={category.icon} />
              </span>
              <span className="min-w-0">
                <span className="block font-semibold text-slate-900 group-hover:text-brand-700 group-hover:underline">
                  {category.name}
                </span>
                <span className="mt-0.5 block text-xs text-slate-600">
                  {t("articleCount", { count: category.articleCount })}
                </span>
              </span>
            </Link>
            <p className="mt-3 text-sm leading-relaxed text-slate-600">{category.description}</p>
            <ul className="mt-3 space-y-0.5 border-t border-slate-100 pt-3 text-sm">
              {category.articles.map((article) => (
                <li key={article.slug}>
                  <Link
                    href={`/help/articles/${article.slug}`}
                    className="line-clamp-1 py-1 text-slate-700 hover:text-brand-700 hover:underline"
                  >
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
            <Link
              href={`/help/categories/${category.slug}`}
              className="mt-auto pt-3 text-sm font-medium text-brand-700 hover:underline"
            >
              {t("home.seeAll", { name: category.name })} →
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
