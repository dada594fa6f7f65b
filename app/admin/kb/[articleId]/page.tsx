import { localize } from "@/lib/i18n/locales";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/kb/article-editor";
import { getAdmin } from "@/lib/auth/current";
import { AppError } from "@/lib/errors";
import { findCategories } from "@/lib/services/kb/categories";
import { getArticleForEdit } from "@/lib/services/kb/find-articles";

type Props = { params: Promise<{ articleId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("kbAdmin"))("editor.editTitle") };
}

export default async function EditArticlePage({ params }: Props) {
  const [actor, locale] = await Promise.all([getAdmin(), getLocale()]);
  const article = await getArticleForEdit({ actor, articleId: (await params).articleId }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const categories = await findCategories({ actor });
  return (
    <ArticleEditor
      key={article.updatedAt.toISOString()}
      article={{
        id: article.id,
        slug: article.slug,
        categoryId: article.categoryId,
        status: article.status,
        updatedAt: article.updatedAt.toISOString(),
        translations: Object.fromEntries(
          article.translations.map((tr) => [
            tr.locale,
            { title: tr.title, body: tr.body, questions: tr.questions.join("\n") },
          ]),
        ),
      }}
      categories={categories.map((c) => ({ id: c.id, name: localize(c.name, locale) }))}
    />
  );
}
