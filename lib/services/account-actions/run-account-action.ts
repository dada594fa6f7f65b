import type { Actor } from "@/lib/auth/actor";
import { requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccountActionRunDto } from "@/lib/contracts/account-action";
import { WEBHOOK_HEADERS } from "@/lib/contracts/webhook";
import { postSigned, type PostResult } from "@/lib/webhooks/post-signed";
import { signatureHeader } from "@/lib/webhooks/signature";
import { assertMayAct, resolveTarget, type ActionTarget } from "./action-target";
import { recordActionResult } from "./record-action-result";

/** The exchange's reason, from `{ error: { message } }`, `{ message }` or the text itself. */
function reasonOf(result: PostResult): string {
  if (result.error) return result.error;
  try {
    const body = JSON.parse(result.body) as { error?: { message?: string } | string; message?: string };
    const message = typeof body.error === "string" ? body.error : (body.error?.message ?? body.message);
    if (message) return String(message).slice(0, 500);
  } catch {
    // Not JSON: the text is the reason.
  }
  return (result.body || `HTTP ${result.status}`).slice(0, 500);
}

/**
 * An agent on an urgent case asks the exchange to act (freeze the account, …): a signed POST the exchange can
 * verify like a webhook, with the run id as its idempotency key. The answer — done, or the exchange's error — goes
 * into the thread, the audit log and a webhook; on success the customer is told in their language.
 */
export async function runAccountAction({
  actor,
  target,
  actionId,
}: {
  actor: Actor;
  target: ActionTarget;
  actionId: string;
}): Promise<AccountActionRunDto> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const [resolved, action] = await Promise.all([
    resolveTarget(target),
    prisma.accountAction.findFirst({ where: { id: actionId, active: true } }),
  ]);
  if (!action) throw new AppError("NOT_FOUND", "exchange.actionNotFound");
  assertMayAct(agent, resolved);
  const run = await prisma.accountActionRun.create({
    data: {
      actionId: action.id,
      customerId: resolved.customer.id,
      agentId: agent.id,
      ...(resolved.kind === "chat" ? { conversationId: resolved.id } : { ticketId: resolved.id }),
    },
  });
  const body = JSON.stringify({
    id: run.id,
    action: action.key,
    customer: {
      externalId: resolved.customer.externalId,
      uid: resolved.customer.uid,
      email: resolved.customer.contactEmail,
    },
    case: { kind: resolved.kind, ref: resolved.ref },
    requestedBy: { id: agent.id, name: agent.name },
    requestedAt: run.createdAt.toISOString(),
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const result = await postSigned(action.url, body, {
    [WEBHOOK_HEADERS.signature]: signatureHeader([action.secret], timestamp, body),
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.deliveryId]: run.id,
    [WEBHOOK_HEADERS.event]: "account_action.requested",
    "idempotency-key": run.id,
  });
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  return recordActionResult({
    agent,
    run,
    action,
    target: resolved,
    ok,
    statusCode: result.status,
    reason: ok ? null : reasonOf(result),
  });
}
