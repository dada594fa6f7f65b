import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { rooms } from "@/lib/realtime/events";
import { getIo } from "@/lib/realtime/publish";
import { revokeSessions } from "@/lib/services/sessions/revoke-sessions";

/**
 * A signed-in person changes their password, proving the current one (5 tries in 10 minutes). Every other session
 * of the account ends — whoever knew the old password is signed out — and the change is audited.
 */
export async function changePassword({
  actor,
  currentPassword,
  newPassword,
}: {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
}) {
  if (actor.isGuest) throw new AppError("FORBIDDEN");
  await consumeOrThrow(limiter("password-change", 5, 600), actor.id);
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash, currentPassword))) {
    throw new AppError("VALIDATION_FAILED", "currentPasswordWrong", {}, { currentPassword: "currentPasswordWrong" });
  }
  const passwordHash = await hashPassword(newPassword);
  const ended = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    const count = await revokeSessions({ userId: actor.id, except: actor.sessionId }, tx);
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "password.changed",
        targetType: "User",
        targetId: actor.id,
        data: { endedSessions: count },
      },
    });
    return count;
  });
  // Sockets of the ended sessions reconnect and are refused; this browser's reconnect and are let in.
  getIo()?.in(rooms.user(actor.id)).disconnectSockets();
  return { endedSessions: ended };
}
