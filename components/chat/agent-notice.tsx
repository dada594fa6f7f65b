import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** Agents answer chats in the console; the customer chat is not for them. */
export async function AgentNotice() {
  const t = await getTranslations("chat");
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">{t("agentNoticeTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("agentNoticeBody")}</p>
      <ButtonLink href="/console" className="mt-6">
        {t("agentNoticeAction")}
      </ButtonLink>
    </div>
  );
}
