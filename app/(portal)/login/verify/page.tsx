import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("verifyTitle") };
}

export default async function Page() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("verifyTitle")} subtitle={t("verifySubtitle")}>
      <Suspense>
        <VerifyEmailForm />
      </Suspense>
    </AuthCard>
  );
}
