import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { withLocalizedName } from "@/lib/db/localized";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/db/prisma-errors";
import { AppError } from "@/lib/errors";
import type { CannedResponseInput } from "@/lib/contracts/canned";

// Saved replies are edited on one admin page (/admin/canned): their admin services live side by side.

/** Every saved reply by shortcut and language, with the teams that may own one. Admins only. */
export async function getCannedAdmin({ actor }: { actor: Actor | null }) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const [replies, teams] = await Promise.all([
    prisma.cannedResponse.findMany({
      orderBy: [{ shortcut: "asc" }, { locale: "asc" }],
      take: 1000,
      select: { id: true, shortcut: true, locale: true, title: true, body: true, teamId: true },
    }),
    prisma.team.findMany({ orderBy: { slug: "asc" }, select: { id: true, name: true } }),
  ]);
  return { replies, teams: teams.map(withLocalizedName) };
}

/** Creates a saved reply, or changes one when `cannedResponseId` is given. A taken shortcut in that language is a 409. */
export async function saveCannedResponse({
  actor,
  cannedResponseId,
  ...input
}: { actor: Actor | null; cannedResponseId?: string } & CannedResponseInput) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      if (
        cannedResponseId &&
        (await tx.cannedResponse.updateMany({ where: { id: cannedResponseId }, data: input })).count === 0
      ) {
        throw new AppError("NOT_FOUND", "cannedNotFound");
      }
      const saved = cannedResponseId
        ? await tx.cannedResponse.findUniqueOrThrow({ where: { id: cannedResponseId } })
        : await tx.cannedResponse.create({ data: input });
      await tx.auditEvent.create({
        data: {
          actorId: admin.id,
          action: cannedResponseId ? "canned.updated" : "canned.created",
          targetType: "CannedResponse",
          targetId: saved.id,
        },
      });
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError(
        "CONFLICT",
        "cannedShortcutTaken",
        { shortcut: input.shortcut },
        { shortcut: "cannedShortcutTaken" },
      );
    if (isForeignKeyViolation(error))
      throw new AppError("VALIDATION_FAILED", "teamInvalid", {}, { teamId: "teamInvalid" });
    throw error;
  }
}

export async function deleteCannedResponse({
  actor,
  cannedResponseId,
}: {
  actor: Actor | null;
  cannedResponseId: string;
}) {
  const admin = requireAdmin(actor);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    if ((await tx.cannedResponse.deleteMany({ where: { id: cannedResponseId } })).count === 0)
      throw new AppError("NOT_FOUND", "cannedNotFound");
    await tx.auditEvent.create({
      data: { actorId: admin.id, action: "canned.deleted", targetType: "CannedResponse", targetId: cannedResponseId },
    });
  });
}
