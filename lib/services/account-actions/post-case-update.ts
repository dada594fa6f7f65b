import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { resolveTarget, type ActionTarget } from "./action-target";
import { writeChatLine, writeTicketLine } from "./timeline";

/**
 * The follow-up the customer should never miss: an agent's case update (investigation progress, advice) on the
 * chat — even after it closed — or the ticket, where the tracking page shows it. The assignee or an admin posts it.
 */
export async function postCaseUpdate({
  actor,
  target,
  body,
}: {
  actor: Actor;
  target: ActionTarget;
  body: string;
}): Promise<{ ok: true }> {
  const agent = requireAgent(actor);
  const resolved = await resolveTarget(target);
  if (resolved.assigneeId !== agent.id && !isAdmin(agent))
    throw new AppError("FORBIDDEN", "exchange.actionsAssigneeOnly");
  const prisma = await getPrisma();
  const line = { kind: "caseUpdate" as const, name: agent.name, body };
  const written = await prisma.$transaction(async (tx) => {
    const done =
      resolved.kind === "chat"
        ? await writeChatLine(tx, resolved.id, agent, line)
        : await writeTicketLine(tx, resolved.id, agent, line);
    await tx.auditEvent.create({
      data: {
        actorId: agent.id,
        action: "caseUpdate.posted",
        targetType: resolved.kind === "chat" ? "Conversation" : "Ticket",
        targetId: resolved.id,
      },
    });
    return done;
  });
  written.publish();
  return { ok: true };
}
