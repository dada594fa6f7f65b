import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { IdentitySiteInput } from "@/lib/contracts/identity";
import { isUniqueViolation } from "@/lib/db/prisma-errors";

export type IdentitySiteDto = {
  id: string;
  key: string;
  name: string;
  issuer: string;
  audience: string;
  algorithm: "HS256" | "JWKS";
  jwksUrl: string | null;
  identityRequired: boolean;
};

const toDto = (row: {
  id: string;
  key: string;
  name: string;
  issuer: string;
  audience: string;
  secret: string | null;
  jwksUrl: string | null;
  identityRequired: boolean;
}): IdentitySiteDto => ({
  id: row.id,
  key: row.key,
  name: row.name,
  issuer: row.issuer,
  audience: row.audience,
  algorithm: row.secret ? "HS256" : "JWKS",
  jwksUrl: row.jwksUrl,
  identityRequired: row.identityRequired,
});

const newSecret = () => randomBytes(32).toString("base64url");

async function audit(actor: Actor, action: string, siteId: string, data: object) {
  const prisma = await getPrisma();
  await prisma.auditEvent.create({
    data: { actorId: actor.id, action, targetType: "IdentitySite", targetId: siteId, data },
  });
}

export async function findIdentitySites({ actor }: { actor: Actor }): Promise<IdentitySiteDto[]> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  return (await prisma.identitySite.findMany({ orderBy: { createdAt: "asc" } })).map(toDto);
}

/**
 * Creates or changes a site. An HS256 site gets a generated secret, returned once (on creation and on rotation) for
 * the exchange's backend; switching a site to JWKS drops its secret.
 */
export async function saveIdentitySite({
  actor,
  siteId,
  input,
}: {
  actor: Actor;
  siteId?: string;
  input: IdentitySiteInput;
}) {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { algorithm, ...fields } = input;
  const jwksUrl = algorithm === "JWKS" ? (input.jwksUrl ?? null) : null;
  try {
    if (!siteId) {
      const secret = algorithm === "HS256" ? newSecret() : null;
      const site = await prisma.identitySite.create({ data: { ...fields, jwksUrl, secret } });
      await audit(actor, "identitySite.created", site.id, { key: site.key, algorithm });
      return { site: toDto(site), secret };
    }
    const current = await prisma.identitySite.findUnique({ where: { id: siteId } });
    if (!current) throw new AppError("NOT_FOUND", "exchange.siteNotFound");
    const secret = algorithm === "HS256" ? (current.secret ?? newSecret()) : null;
    const site = await prisma.identitySite.update({ where: { id: siteId }, data: { ...fields, jwksUrl, secret } });
    await audit(actor, "identitySite.updated", site.id, {
      key: site.key,
      algorithm,
      identityRequired: site.identityRequired,
    });
    return { site: toDto(site), secret: current.secret ? null : secret };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "exchange.siteKeyTaken", {}, { key: "exchange.siteKeyTaken" });
    throw error;
  }
}

/** A new HS256 secret; the old one stops working at once (tokens live minutes, so the exchange switches quickly). */
export async function rotateSiteSecret({
  actor,
  siteId,
}: {
  actor: Actor;
  siteId: string;
}): Promise<{ secret: string }> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const secret = newSecret();
  const { count } = await prisma.identitySite.updateMany({
    where: { id: siteId, secret: { not: null } },
    data: { secret },
  });
  if (!count) throw new AppError("NOT_FOUND", "exchange.siteNotFound");
  await audit(actor, "identitySite.secretRotated", siteId, {});
  return { secret };
}

export async function deleteIdentitySite({ actor, siteId }: { actor: Actor; siteId: string }): Promise<null> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.identitySite.deleteMany({ where: { id: siteId } });
  if (!count) throw new AppError("NOT_FOUND", "exchange.siteNotFound");
  await audit(actor, "identitySite.deleted", siteId, {});
  return null;
}
