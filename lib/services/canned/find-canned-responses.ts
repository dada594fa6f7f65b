import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";

export type CannedResponseDto = {
  id: string;
  shortcut: string;
  title: string;
  body: string;
  locale: string;
  teamId: string | null;
};

/**
 * Saved replies an agent may use: the desk-wide ones and those of the agent's teams, in both languages (the agent
 * picks the customer's). `query` narrows by shortcut or title. Placeholders such as {{customer.name}} are filled in by
 * the composer (fillPlaceholders in lib/contracts/placeholders.ts).
 */
export async function findCannedResponses({
  actor,
  query,
}: {
  actor: Actor;
  query?: string;
}): Promise<CannedResponseDto[]> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const q = query?.trim().replace(/^\//, "");
  return prisma.cannedResponse.findMany({
    where: {
      OR: [{ teamId: null }, { team: { members: { some: { userId: agent.id } } } }],
      ...(q
        ? {
            AND: [
              { OR: [{ shortcut: { startsWith: q.toLowerCase() } }, { title: { contains: q, mode: "insensitive" } }] },
            ],
          }
        : {}),
    },
    orderBy: [{ shortcut: "asc" }, { locale: "asc" }],
    take: 200,
    select: { id: true, shortcut: true, title: true, body: true, locale: true, teamId: true },
  });
}
