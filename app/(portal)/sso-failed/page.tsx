import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export async function generateMetadata() {
  return { title: (await getTranslations("exchange.sso"))("title"), robots: { index: false } };
}

/** Where a refused sign-in link from the exchange lands: what went wrong, and the way back. */
export default async function SsoFailedPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const [t, tErrors, { reason }] = await Promise.all([
    getTranslations("exchange.sso"),
    getTranslations("errors.exchange"),
    searchParams,
  ]);
  const known = reason && /^[A-Za-z]+$/.test(reason) && tErrors.has(reason as never);
  return (
    <AuthCard title={t("title")} subtitle={known ? tErrors(reason as never) : t("generic")}>
      <p className="text-sm text-slate-600">{t("advice")}</p>
      <p className="mt-4 text-sm">
        <Link href="/help" className="font-medium text-orange-700 hover:underline">
          {t("helpCenter")}
        </Link>
      </p>
    </AuthCard>
  );
}
