import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { Wallboard } from "@/components/wallboard/wallboard";
import { isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";
import { findTransferTargets } from "@/lib/services/chat/find-transfer-targets";
import { getWallboard } from "@/lib/services/wallboard/get-wallboard";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("desk.wallboard");
  return { title: t("title") };
}

/** Supervisors: the live board of their teams (admins: every team). */
export default async function WallboardPage() {
  const actor = await getAgent();
  if (!isSupervisor(actor)) forbidden();
  const [board, targets] = await Promise.all([getWallboard({ actor }), findTransferTargets({ actor })]);
  return <Wallboard initial={board} teams={targets.teams} />;
}
