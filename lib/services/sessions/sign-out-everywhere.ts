import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { rooms } from "@/lib/realtime/events";
import { getIo } from "@/lib/realtime/publish";
import { revokeSessions } from "./revoke-sessions";

/** Ends every session of the actor's account (a lost phone, a shared computer), audited; open sockets close. */
export async function signOutEverywhere({ actor }: { actor: Actor }): Promise<number> {
  if (actor.isGuest) throw new AppError("FORBIDDEN");
  const prisma = await getPrisma();
  const ended = await prisma.$transaction(async (tx) => {
    const count = await revokeSessions({ userId: actor.id }, tx);
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "sessions.revoked_all",
        targetType: "User",
        targetId: actor.id,
        data: { count },
      },
    });
    return count;
  });
  getIo()?.in(rooms.user(actor.id)).disconnectSockets();
  return ended;
}
