import { getTranslations } from "next-intl/server";
import { CategoryManager } from "@/components/admin/kb/category-manager";
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
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("categories.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("categories.subtitle")}</p>
      </div>
      <CategoryManager categories={categories} />
    </div>
  );
}
