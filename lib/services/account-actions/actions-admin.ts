import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin, requireAgent } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccountActionDto, AccountActionInput } from "@/lib/contracts/account-action";
import type { Prisma } from "@/lib/db/generated/client";
import { asLocalizedText } from "@/lib/db/localized";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { assertPublicUrl } from "@/lib/webhooks/address-policy";

const select = {
  id: true,
  key: true,
  name: true,
  notice: true,
  url: true,
  active: true,
} as const;

const toDto = (row: Prisma.AccountActionGetPayload<{ select: typeof select }>): AccountActionDto => ({
  ...row,
  name: asLocalizedText(row.name),
  notice: asLocalizedText(row.notice),
});

async function audit(actor: Actor, action: string, targetId: string, data: object = {}) {
  const prisma = await getPrisma();
  await prisma.auditEvent.create({ data: { actorId: actor.id, action, targetType: "AccountAction", targetId, data } });
}

/** Agents see the active actions (to offer on urgent cases); admins all of them. */
export async function findAccountActions({ actor }: { actor: Actor }): Promise<AccountActionDto[]> {
  const agent = requireAgent(actor);
  const prisma = await getPrisma();
  const rows = await prisma.accountAction.findMany({
    where: agent.role === "ADMIN" ? {} : { active: true },
    orderBy: { createdAt: "asc" },
    select,
  });
  return rows.map(toDto);
}

/** The signing secret is returned once: the exchange verifies each request with it, as it does webhooks. */
export async function createAccountAction({ actor, input }: { actor: Actor; input: AccountActionInput }) {
  requireAdmin(actor);
  await assertPublicUrl(input.url);
  const prisma = await getPrisma();
  const secret = `acsec_${randomBytes(32).toString("base64url")}`;
  try {
    const action = await prisma.accountAction.create({ data: { ...input, secret }, select });
    await audit(actor, "accountAction.created", action.id, { key: action.key, url: action.url });
    return { action: toDto(action), secret };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "exchange.actionKeyTaken", {}, { key: "exchange.actionKeyTaken" });
    throw error;
  }
}

export async function updateAccountAction({
  actor,
  actionId,
  input,
}: {
  actor: Actor;
  actionId: string;
  input: AccountActionInput;
}): Promise<null> {
  requireAdmin(actor);
  await assertPublicUrl(input.url);
  const prisma = await getPrisma();
  const { count } = await prisma.accountAction.updateMany({ where: { id: actionId }, data: input });
  if (!count) throw new AppError("NOT_FOUND", "exchange.actionNotFound");
  await audit(actor, "accountAction.updated", actionId, { key: input.key, url: input.url, active: input.active });
  return null;
}

export async function deleteAccountAction({ actor, actionId }: { actor: Actor; actionId: string }): Promise<null> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.accountAction.deleteMany({ where: { id: actionId } });
  if (!count) throw new AppError("NOT_FOUND", "exchange.actionNotFound");
  await audit(actor, "accountAction.deleted", actionId);
  return null;
}
