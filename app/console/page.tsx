import { getTranslations } from "next-intl/server";
import { ConsoleOverview } from "@/components/console/console-overview";
import { InboxList } from "@/components/console/inbox-list";
import { getAgent } from "@/lib/auth/current";
import { getConsoleData } from "@/lib/services/chat/get-console-data";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("console");
  return { title: t("inbox") };
}

export default async function ConsolePage() {
  const actor = await getAgent();
  const { profile, inbox, queue, topics, teamIds } = await getConsoleData({ actor });
  return (
    <div className="grid h-[calc(100dvh-6.5rem)] min-h-[32rem] gap-4 md:grid-cols-[20rem_1fr]">
      <InboxList me={actor.id} myTeamIds={teamIds} topics={topics} initialInbox={inbox} initialQueue={queue} />
      <ConsoleOverview
        name={actor.name}
        teams={profile.teams}
        me={actor.id}
        maxConcurrentChats={profile.maxConcurrentChats}
        inbox={inbox}
        queue={queue}
      />
    </div>
  );
}
