import type { Actor, StaffRole } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, newLinkToken } from "@/lib/auth/totp";
import type { InvitationDto } from "@/lib/contracts/team";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { accountEmail } from "@/lib/mail/account-emails";
import { enqueueEmail } from "@/lib/mail/outbox";
import { markAddressProven } from "@/lib/mail/recipients";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { recordAudit } from "@/lib/services/audit/record-audit";

export const INVITE_DAYS = 7;

/**
 * Emails a new member the link that lets them choose their password (7 days, single use, only its SHA-256 stored).
 * Called in the transaction that creates their password-less staff account, so the mail exists exactly when it does.
 */
export async function sendInvitation(
  tx: Prisma.TransactionClient,
  invite: { userId: string; email: string; name: string; role: StaffRole; locale: string | null; adminId: string },
): Promise<void> {
  const token = newLinkToken();
  await tx.authToken.updateMany({
    where: { kind: "INVITE", userId: invite.userId, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  await tx.authToken.create({
    data: {
      kind: "INVITE",
      tokenHash: hashToken(token),
      email: invite.email,
      userId: invite.userId,
      role: invite.role,
      name: invite.name,
      createdById: invite.adminId,
      expiresAt: new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60_000),
    },
  });
  const to = { address: invite.email, locale: invite.locale };
  await enqueueEmail(tx, accountEmail("invite", to, token, INVITE_DAYS * 24 * 60));
  await recordAudit(tx, {
    actorId: invite.adminId,
    action: "invite.sent",
    targetId: invite.userId,
    data: { role: invite.role },
  });
}

const PENDING = () => ({ kind: "INVITE" as const, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } });

/** Invitations not yet accepted, revoked or expired, for the admin's staff page. */
export async function findPendingInvitations({ actor }: { actor: Actor }): Promise<InvitationDto[]> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const rows = await prisma.authToken.findMany({
    where: PENDING(),
    include: { createdBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name ?? "",
    role: row.role ?? "AGENT",
    expiresAt: row.expiresAt.toISOString(),
    invitedBy: row.createdBy?.name ?? null,
  }));
}

/** Withdraws an invitation: the link stops working and the password-less account goes back to no console access. */
export async function revokeInvitation({ actor, invitationId }: { actor: Actor; invitationId: string }): Promise<void> {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const invite = await tx.authToken.findFirst({ where: { id: invitationId, ...PENDING() } });
    if (!invite?.userId) throw new AppError("NOT_FOUND", "invitationNotFound");
    await tx.authToken.update({ where: { id: invite.id }, data: { revokedAt: new Date() } });
    await tx.user.updateMany({ where: { id: invite.userId, passwordHash: null }, data: { role: "CUSTOMER" } });
    await tx.teamMember.deleteMany({ where: { userId: invite.userId } });
    await recordAudit(tx, { actorId: admin.id, action: "invite.revoked", targetId: invite.userId });
  });
}

/** The invited person chooses a password from the link: once, within 7 days; their address is then proven. */
export async function acceptInvitation({ token, newPassword, ip }: { token: string; newPassword: string; ip: string }) {
  await consumeOrThrow(limiter("reset-use", 20, 3600), ip);
  const prisma = await getPrisma();
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    const found = await tx.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
    if (found?.kind !== "INVITE" || !found.userId || found.usedAt || found.revokedAt || found.expiresAt < new Date())
      throw new AppError("BAD_REQUEST", "inviteLinkInvalid");
    const claimed = await tx.authToken.updateMany({
      where: { id: found.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count === 0) throw new AppError("BAD_REQUEST", "inviteLinkInvalid");
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash, emailVerifiedAt: new Date() } });
    await markAddressProven(tx, found.email, "link");
    await recordAudit(tx, { actorId: found.userId, action: "invite.accepted", targetId: found.userId, ip });
  });
}
