import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { asLocalizedText } from "@/lib/db/localized";
import type { Prisma } from "@/lib/db/generated/client";
import type { SaveScorecardInput, ScorecardDto } from "@/lib/contracts/quality";
import { AppError } from "@/lib/errors";

type StoredCriterion = ScorecardDto["criteria"][number];

/** A scorecard's stored criteria (`[{ key, label }]`), whatever else the JSON holds. */
export function readCriteria(value: Prisma.JsonValue): StoredCriterion[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    item && typeof item === "object" && !Array.isArray(item) && typeof item.key === "string"
      ? [{ key: item.key, label: asLocalizedText(item.label) }]
      : [],
  );
}

const toDto = (card: {
  id: string;
  name: Prisma.JsonValue;
  active: boolean;
  criteria: Prisma.JsonValue;
  _count: { reviews: number };
}): ScorecardDto => ({
  id: card.id,
  name: asLocalizedText(card.name),
  active: card.active,
  criteria: readCriteria(card.criteria),
  reviews: card._count.reviews,
});

const withCount = { _count: { select: { reviews: true } } } as const;

/** Every scorecard, the active one first (admins). */
export async function findScorecards({ actor }: { actor: Actor }): Promise<ScorecardDto[]> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const cards = await prisma.scorecard.findMany({
    orderBy: [{ active: "desc" }, { createdAt: "asc" }],
    include: withCount,
  });
  return cards.map(toDto);
}

/**
 * Creates or updates a scorecard (admins). Making one active retires the others in the same transaction, so reviews
 * always have exactly one card to be made against. Reviews keep their own copy of the labels, so editing is safe.
 */
export async function saveScorecard({
  actor,
  input,
}: {
  actor: Actor;
  input: SaveScorecardInput;
}): Promise<ScorecardDto> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const data = { name: input.name, active: input.active, criteria: input.criteria };
  return prisma.$transaction(async (tx) => {
    if (input.active)
      await tx.scorecard.updateMany({ where: { active: true, NOT: { id: input.id } }, data: { active: false } });
    if (!input.id) return toDto(await tx.scorecard.create({ data, include: withCount }));
    const changed = await tx.scorecard.updateMany({ where: { id: input.id }, data });
    if (changed.count === 0) throw new AppError("NOT_FOUND", "scorecardNotFound");
    return toDto(await tx.scorecard.findUniqueOrThrow({ where: { id: input.id }, include: withCount }));
  });
}

/** Deletes a scorecard nobody has been reviewed against yet (admins); one with reviews is kept for their history. */
export async function deleteScorecard({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const deleted = await prisma.scorecard.deleteMany({ where: { id, reviews: { none: {} } } });
  if (deleted.count > 0) return;
  const exists = await prisma.scorecard.count({ where: { id } });
  throw exists ? new AppError("CONFLICT", "scorecardHasReviews") : new AppError("NOT_FOUND", "scorecardNotFound");
}

/** The card reviews are made against now, or null while an admin has not set one up. */
export async function findActiveScorecard() {
  const prisma = await getPrisma();
  const card = await prisma.scorecard.findFirst({ where: { active: true }, orderBy: { createdAt: "desc" } });
  return card ? { id: card.id, name: asLocalizedText(card.name), criteria: readCriteria(card.criteria) } : null;
}
