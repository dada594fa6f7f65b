import type { Actor } from "@/lib/auth/actor";
import { newApiToken } from "@/lib/auth/api-token";
import { requireAdmin } from "@/lib/auth/guards";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ApiTokenDto, CreateApiTokenInput } from "@/lib/contracts/api-token";

const select = {
  id: true,
  publicId: true,
  name: true,
  scopes: true,
  ratePerMinute: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  revokedAt: true,
  createdAt: true,
  owner: { select: { name: true } },
} as const;

type Row = {
  id: string;
  publicId: string;
  name: string;
  scopes: string[];
  ratePerMinute: number;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
  createdAt: Date;
  owner: { name: string };
};

const toDto = (row: Row): ApiTokenDto => ({
  id: row.id,
  name: row.name,
  prefix: `bcn_${row.publicId}_…`,
  scopes: row.scopes,
  ratePerMinute: row.ratePerMinute,
  expiresAt: row.expiresAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  lastUsedIp: row.lastUsedIp,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  ownerName: row.owner.name,
});

export async function findApiTokens({ actor }: { actor: Actor }): Promise<ApiTokenDto[]> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  return (await prisma.apiToken.findMany({ orderBy: { createdAt: "desc" }, select })).map(toDto);
}

/** Makes a token; the whole token is in this answer only (Beacon keeps the secret's hash). */
export async function createApiToken({
  actor,
  input,
}: {
  actor: Actor;
  input: CreateApiTokenInput;
}): Promise<{ token: string; apiToken: ApiTokenDto }> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { token, publicId, secretHash } = newApiToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const scopes = [...new Set(input.scopes)];
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        publicId,
        secretHash,
        name: input.name,
        scopes,
        ratePerMinute: input.ratePerMinute,
        expiresAt,
        ownerId: actor.id,
      },
      select,
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "apiToken.created",
        targetType: "ApiToken",
        targetId: created.id,
        data: { name: input.name, scopes },
      },
    });
    return created;
  });
  return { token, apiToken: toDto(row) };
}

export async function revokeApiToken({ actor, tokenId }: { actor: Actor; tokenId: string }): Promise<null> {
  requireAdmin(actor);
  const prisma = await getPrisma();
  const { count } = await prisma.apiToken.updateMany({
    where: { id: tokenId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (!count) throw new AppError("NOT_FOUND", "exchange.tokenNotFound");
  await prisma.auditEvent.create({
    data: { actorId: actor.id, action: "apiToken.revoked", targetType: "ApiToken", targetId: tokenId },
  });
  return null;
}
