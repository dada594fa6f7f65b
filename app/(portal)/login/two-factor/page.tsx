import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { TwoFactorForm } from "@/components/auth/two-factor-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("twoFactorTitle") };
}

export default async function Page() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("twoFactorTitle")} subtitle={t("twoFactorSubtitle")}>
      <Suspense>
        <TwoFactorForm />
      </Suspense>
    </AuthCard>
  );
}
