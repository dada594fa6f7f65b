import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  const nav = await getTranslations("nav");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-10 text-sm text-slate-600 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <div className="space-y-1">
          <p className="font-medium text-slate-800">{t("tagline")}</p>
          <p>{t("hours")}</p>
          <p className="text-slate-500">{t("rights", { year: new Date().getFullYear() })}</p>
        </div>
        <nav className="flex gap-4" aria-label={nav("menu")}>
          <Link href="/help" className="hover:text-slate-900">
            {nav("helpCenter")}
          </Link>
          <Link href="/chat" className="hover:text-slate-900">
            {nav("chat")}
          </Link>
          <Link href="/tickets" className="hover:text-slate-900">
            {nav("tickets")}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
