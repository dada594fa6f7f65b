import { STAFF_ROLES, type Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { withLocalizedName } from "@/lib/db/localized";

/** What the console's pickers offer: every agent (for assignment) and every team. */
export async function getTicketOptions({ actor }: { actor: Actor }) {
  requireAgent(actor);
  const prisma = await getPrisma();
  const [agents, teams] = await Promise.all([
    prisma.user.findMany({
      where: { role: { in: [...STAFF_ROLES] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.team.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  return { agents, teams: teams.map(withLocalizedName) };
}
