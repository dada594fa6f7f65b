import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/kb/article-list";
import { Breadcrumbs } from "@/components/kb/breadcrumbs";
import { CategoryIcon } from "@/components/kb/category-icon";
import { ContactCta } from "@/components/kb/contact-cta";
import { getActor } from "@/lib/auth/current";
import type { Locale } from "@/lib/i18n/locales";
import { getCategoryPage } from "@/lib/services/kb/help-center";

type Props = { params: Promise<{ categorySlug: string }> };

async function load({ params }: Props) {
  const [actor, locale] = await Promise.all([getActor(), getLocale()]);
  return getCategoryPage({ actor, slug: (await params).categorySlug, locale: locale as Locale });
}

export async function generateMetadata(props: Props) {
  const category = await load(props);
  return category ? { title: category.name, description: category.description } : {};
}

export default async function HelpCategoryPage(props: Props) {
  const [category, t] = await Promise.all([load(props), getTranslations("kb")]);
  if (!category) notFound();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <Breadcrumbs
        label={t("breadcrumbs")}
        items={[{ href: "/help", label: t("home.crumb") }, { label: category.name }]}
      />
      <div className="mt-6 grid gap-10 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <nav aria-label={t("home.categories")} className="order-2 lg:order-1">
          <p className="text-sm font-semibold text-slate-900">{t("home.categories")}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {category.categories.map((c) => (
              <li key={c.slug}>
                <Link
                  href={`/help/categories/${c.slug}`}
                  aria-current={c.slug === category.slug ? "page" : undefined}
                  className={`block rounded-lg px-3 py-2 ${c.slug === category.slug ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="order-1 min-w-0 lg:order-2">
          <header className="flex items-start gap-4">
            <span className="inline-flex size-12 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
              <CategoryIcon name={category.icon} className="size-7" />
            </span>
            <div>
              <h1 className="text-2xl font-bold tracking-tight text-slate-900">{category.name}</h1>
              <p className="mt-1 text-slate-600">{category.description}</p>
            </div>
          </header>
          <section
            aria-label={t("category.articles")}
            className="mt-6 rounded-2xl border border-slate-200 bg-white px-5 py-2 shadow-sm"
          >
            {category.articles.length > 0 ? (
              <ArticleList articles={category.articles} />
            ) : (
              <p className="py-6 text-center text-slate-600">{t("category.empty")}</p>
            )}
          </section>
          <div className="mt-10">
            <ContactCta />
          </div>
        </div>
      </div>
    </div>
  );
}
