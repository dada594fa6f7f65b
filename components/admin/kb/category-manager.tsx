"use client";

import { ChevronDown, ChevronUp, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { CategoryIcon } from "@/components/kb/category-icon";
import { Button } from "@/components/ui/button";
import { useApi } from "@/lib/client/hooks";
import type { Result } from "@/lib/contracts/result";
import { LANGUAGES, localize } from "@/lib/i18n/locales";
import { CategoryForm, type CategoryValues } from "./category-form";

export type CategoryRow = CategoryValues & { id: string; articleCount: number };

/** Categories: rename (and more) in place, move up and down, delete when empty, create. */
export function CategoryManager({ categories }: { categories: CategoryRow[] }) {
  const t = useTranslations("kbAdmin.categories");
  const locale = useLocale();
  const router = useRouter();
  const api = useApi();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function act(request: () => Promise<Result>, success: string) {
    setPending(true);
    const result = await request();
    setPending(false);
    if (!result.ok) {
      toast.error(result.message);
      return result;
    }
    toast.success(success);
    setEditing(null);
    router.refresh();
    return null;
  }

  const move = (index: number, by: number) => {
    const ids = categories.map((c) => c.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    return act(() => api.request("/api/v1/kb/categories/reorder", { body: { ids } }), t("reordered"));
  };

  return (
    <div className="space-y-6">
      <ol className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white shadow-sm">
        {categories.map((category, index) => {
          const name = localize(category.name, locale);
          return (
            <li key={category.id} className="p-4">
              {editing === category.id ? (
                <CategoryForm
                  initial={category}
                  submitLabel={t("save")}
                  onCancel={() => setEditing(null)}
                  onSubmit={(values) =>
                    act(
                      () => api.request(`/api/v1/kb/categories/${category.id}`, { method: "PATCH", body: values }),
                      t("saved"),
                    )
                  }
                />
              ) : (
                <div className="flex flex-wrap items-center gap-3">
                  <span className="inline-flex size-10 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
                    <CategoryIcon name={category.icon} className="size-5" />
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-slate-900">
                      {LANGUAGES.flatMap((language) =>
                        category.name[language.code] ? [category.name[language.code]] : [],
                      ).join(" / ")}
                    </p>
                    <p className="text-sm text-slate-600">
                      {`/help/categories/${category.slug}`} · {t("articles", { count: category.articleCount })}
                    </p>
                  </div>
                  <div className="flex items-center gap-1">
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t("moveUp", { name })}
                      disabled={pending || index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <ChevronUp aria-hidden className="size-4" />
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t("moveDown", { name })}
                      disabled={pending || index === categories.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <ChevronDown aria-hidden className="size-4" />
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => setEditing(category.id)}>
                      {t("edit")}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t("delete", { name })}
                      disabled={pending}
                      onClick={() =>
                        window.confirm(t("confirmDelete", { name })) &&
                        act(
                          () => api.request(`/api/v1/kb/categories/${category.id}`, { method: "DELETE" }),
                          t("deleted"),
                        )
                      }
                    >
                      <Trash2 aria-hidden className="size-4 text-red-700" />
                    </Button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="new-category" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="new-category" className="mb-3 font-semibold text-slate-900">
          {t("new")}
        </h2>
        <CategoryForm
          submitLabel={t("create")}
          onSubmit={(values) => act(() => api.request("/api/v1/kb/categories", { body: values }), t("created"))}
        />
      </section>
    </div>
  );
}
