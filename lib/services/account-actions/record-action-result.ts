import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { asLocalizedText, localizeJson } from "@/lib/db/localized";
import type { AccountActionNotice, AccountActionRunDto } from "@/lib/contracts/account-action";
import { enqueueWebhook } from "@/lib/services/webhooks/enqueue-webhook";
import type { ResolvedTarget } from "./action-target";
import { writeChatLine, writeTicketLine, type TimelineLine } from "./timeline";

type Action = { id: string; key: string; name: Prisma.JsonValue; notice: Prisma.JsonValue };
type Outcome = {
  agent: Actor;
  run: { id: string; createdAt: Date };
  action: Action;
  target: ResolvedTarget;
  ok: boolean;
  statusCode: number | null;
  reason: string | null;
};

/** The run's outcome in one transaction: the run row, the thread's line, the audit event and the webhook. */
export async function recordActionResult({
  agent,
  run,
  action,
  target,
  ok,
  statusCode,
  reason,
}: Outcome): Promise<AccountActionRunDto> {
  const prisma = await getPrisma();
  const completedAt = new Date();
  const notice: AccountActionNotice = {
    name: asLocalizedText(action.name),
    notice: asLocalizedText(action.notice),
    at: completedAt.toISOString(),
  };
  const line: TimelineLine = ok
    ? { kind: "notice", notice }
    : {
        kind: "note",
        text: `“${localizeJson(action.name, "en")}” failed on the exchange (${statusCode ?? "no answer"}): ${reason}`,
      };
  const { saved, written } = await prisma.$transaction(async (tx) => {
    const saved = await tx.accountActionRun.update({
      where: { id: run.id },
      data: { status: ok ? "SUCCEEDED" : "FAILED", statusCode, result: reason, completedAt },
    });
    const written =
      target.kind === "chat"
        ? await writeChatLine(tx, target.id, agent, line)
        : await writeTicketLine(tx, target.id, agent, line);
    const data = {
      runId: run.id,
      action: action.key,
      case: target.ref,
      externalId: target.customer.externalId,
      ok,
      statusCode,
      reason,
    };
    await tx.auditEvent.create({
      data: {
        actorId: agent.id,
        action: ok ? "accountAction.succeeded" : "accountAction.failed",
        targetType: "User",
        targetId: target.customer.id,
        data,
      },
    });
    await enqueueWebhook(tx, "account_action.completed", {
      run: { id: run.id, action: action.key, ok, statusCode, completedAt: completedAt.toISOString() },
      case: { kind: target.kind, ref: target.ref },
      customer: { externalId: target.customer.externalId },
    });
    return { saved, written };
  });
  written.publish();
  return {
    id: saved.id,
    action: { key: action.key, name: notice.name },
    status: saved.status,
    statusCode: saved.statusCode,
    result: saved.result,
    createdAt: saved.createdAt.toISOString(),
    completedAt: saved.completedAt?.toISOString() ?? null,
  };
}
