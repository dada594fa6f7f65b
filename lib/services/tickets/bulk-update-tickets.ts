import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadReopenDays, loadSlaConfig } from "@/lib/services/sla/sla-config";
import { formatTicketNumber, type bulkTicketsSchema } from "@/lib/contracts/ticket";
import type { z } from "zod";
import type { AgentChanges } from "./agent-changes";
import { changeTicket, publishChange } from "./update-ticket";

export type BulkResult = { updated: string[]; failed: { ref: string; code: string; messageKey: string }[] };

/**
 * Bulk assign, solve or close: each ticket in its own short transaction (one bad ticket — say, already closed — does
 * not undo the others), and the result says which succeeded and which did not, and why.
 */
export async function bulkUpdateTickets({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof bulkTicketsSchema>;
}): Promise<BulkResult> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const [sla, reopenDays] = await Promise.all([loadSlaConfig(prisma), loadReopenDays(prisma)]);
  const changes: AgentChanges =
    input.action === "assign"
      ? { assigneeId: input.assigneeId }
      : { status: input.action === "solve" ? "SOLVED" : "CLOSED" };
  const result: BulkResult = { updated: [], failed: [] };
  for (const number of [...new Set(input.tickets)]) {
    const ref = formatTicketNumber(number);
    try {
      const change = await prisma.$transaction((tx) =>
        changeTicket(tx, { agent, where: { number }, changes, sla, reopenDays }),
      );
      publishChange(change, agent);
      result.updated.push(ref);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.failed.push({ ref, code: error.code, messageKey: error.messageKey });
    }
  }
  return result;
}
