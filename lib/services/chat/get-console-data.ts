import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getAgentProfile } from "@/lib/services/agents/get-agent-profile";
import { findInbox } from "./find-inbox";
import { findQueue } from "@/lib/services/routing/find-queue";
import { findTopics } from "./find-topics";

/** What every console chat page starts from: the agent's profile and teams, their inbox, the queue, the topics. */
export async function getConsoleData({ actor }: { actor: Actor }) {
  const agent = requireAgent(actor);
  const [profile, inbox, queue, topics] = await Promise.all([
    getAgentProfile({ actor: agent }),
    findInbox({ actor: agent }),
    findQueue({ actor: agent }),
    findTopics(),
  ]);
  return { profile, inbox, queue, topics, teamIds: profile.teams.map((team) => team.id) };
}
