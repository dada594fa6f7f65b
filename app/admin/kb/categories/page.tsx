import { getTranslations } from "next-intl/server";
import { CategoryManager } from "@/components/admin/kb/category-manager";
import { PageTitle } from "@/components/ui/page-title";
import { getAdmin } from "@/lib/auth/current";
import { findCategories } from "@/lib/services/kb/categories";

export async function generateMetadata() {
  return { title: (await getTranslations("kbAdmin"))("categories.title") };
}

export default async function KbCategoriesPage() {
  const [actor, t] = await Promise.all([getAdmin(), getTranslations("kbAdmin")]);
  const categories = await findCategories({ actor });
  return (
    <div className="space-y-5">
      <PageTitle title={t("categories.title")} intro={t("categories.subtitle")} />
      <CategoryManager categories={categories} />
    </div>
  );
}
