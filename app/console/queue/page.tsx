import { getTranslations } from "next-intl/server";
import { QueueBoard } from "@/components/console/queue-board";
import { getAgent } from "@/lib/auth/current";
import { findTransferTargets } from "@/lib/services/chat/find-transfer-targets";
import { getConsoleData } from "@/lib/services/chat/get-console-data";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("console");
  return { title: t("queue") };
}

export default async function QueuePage() {
  const actor = await getAgent();
  const [data, targets] = await Promise.all([getConsoleData({ actor }), findTransferTargets({ actor })]);
  return (
    <QueueBoard
      me={actor.id}
      myTeamIds={data.teamIds}
      topics={data.topics}
      initialQueue={data.queue}
      agents={targets.agents}
      teams={targets.teams}
    />
  );
}
