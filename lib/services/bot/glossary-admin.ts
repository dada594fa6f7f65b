import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseGlossaryText } from "@/lib/search/glossary";
import { forgetGlossary } from "@/lib/services/kb/load-glossary";
import { GLOSSARY_GROUPS_MAX, GLOSSARY_TERMS_MAX } from "@/lib/contracts/bot";

/** Admins only. The glossary as the editor shows it: one group per line, terms separated by commas. */
export async function getGlossaryText({ actor }: { actor: Actor | null }): Promise<{ text: string; groups: number }> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const groups = await prisma.synonymGroup.findMany({
    select: { terms: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
  });
  return { text: groups.map((g) => g.terms.join(", ")).join("\n"), groups: groups.length };
}

/**
 * Admins only. Replaces the glossary with the text's groups (lines with fewer than two terms are dropped). The bot
 * and help-center search read it from the next message on; the change is recorded as an audit event.
 */
export async function saveGlossary({
  actor,
  text,
}: {
  actor: Actor | null;
  text: string;
}): Promise<{ groups: number }> {
  const admin = requireAdmin(actor);
  const groups = parseGlossaryText(text);
  if (groups.length > GLOSSARY_GROUPS_MAX || groups.some((g) => g.length > GLOSSARY_TERMS_MAX)) {
    throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", {}, { text: "botGlossaryTooLong" });
  }
  const prisma = await getPrisma();
  await prisma.$transaction([
    prisma.synonymGroup.deleteMany({}),
    prisma.synonymGroup.createMany({ data: groups.map((terms, sortOrder) => ({ terms, sortOrder })) }),
    prisma.auditEvent.create({
      data: {
        actorId: admin.id,
        action: "glossary.saved",
        targetType: "glossary",
        targetId: "glossary",
        data: { groups: groups.length },
      },
    }),
  ]);
  forgetGlossary();
  return { groups: groups.length };
}
