import { localize } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleEditor } from "@/components/admin/kb/article-editor";
import { getAdmin } from "@/lib/auth/current";
import { findCategories } from "@/lib/services/kb/categories";

export async function generateMetadata() {
  return { title: (await getTranslations("kbAdmin"))("editor.newTitle") };
}

export default async function NewArticlePage() {
  const [actor, locale] = await Promise.all([getAdmin(), getLocale()]);
  const categories = await findCategories({ actor });
  return <ArticleEditor categories={categories.map((c) => ({ id: c.id, name: localize(c.name, locale) }))} />;
}
