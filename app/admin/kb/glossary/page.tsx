import { getTranslations } from "next-intl/server";
import { GlossaryEditor } from "@/components/admin/bot/glossary-editor";
import { getAdmin } from "@/lib/auth/current";
import { getGlossaryText } from "@/lib/services/bot/glossary-admin";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("botAdmin"))("glossaryTitle") };
}

export default async function GlossaryPage() {
  const glossary = await getGlossaryText({ actor: await getAdmin() });
  return <GlossaryEditor initialText={glossary.text} initialGroups={glossary.groups} />;
}
