import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("inviteTitle") };
}

export default async function Page() {
  const t = await getTranslations("auth");
  return (
    <AuthCard title={t("inviteTitle")} subtitle={t("inviteSubtitle")}>
      <Suspense>
        <ResetPasswordForm kind="invite" />
      </Suspense>
    </AuthCard>
  );
}
