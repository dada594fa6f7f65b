import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ApiScope } from "@/lib/contracts/api-token";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { toActor, type Actor } from "./actor";

/** `bcn_<publicId>_<secret>`: the public part finds the row, the secret's sha256 is compared in constant time. */
const TOKEN_PATTERN = /^bcn_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest();

export function newApiToken(): { token: string; publicId: string; secretHash: string } {
  const publicId = randomBytes(9)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")
    .slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  return { token: `bcn_${publicId}_${secret}`, publicId, secretHash: hashSecret(secret).toString("hex") };
}

export type TokenCaller = { tokenId: string; ownerId: string; scopes: string[]; ratePerMinute: number };

/** The bearer token in an Authorization header, or null when the request carries none. */
export function bearerOf(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1] : null;
}

const refuse = (key: string) => new AppError("UNAUTHENTICATED", `exchange.${key}`);

/**
 * Authenticates an API token: unknown, revoked and expired tokens and a wrong secret are one 401; the owner must
 * still be an administrator. What it may do on the route is `admitToken`'s question.
 */
export async function authenticateToken(token: string): Promise<{ actor: Actor; caller: TokenCaller }> {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) throw refuse("tokenInvalid");
  const prisma = await getPrisma();
  const row = await prisma.apiToken.findUnique({
    where: { publicId: match[1] },
    include: {
      owner: { select: { id: true, role: true, name: true, email: true, locale: true, timeZone: true, isGuest: true } },
    },
  });
  const expected = row ? Buffer.from(row.secretHash, "hex") : Buffer.alloc(32);
  const matches = timingSafeEqual(expected, hashSecret(match[2]));
  if (!row || !matches || row.revokedAt || (row.expiresAt && row.expiresAt <= new Date())) throw refuse("tokenInvalid");
  if (row.owner.role !== "ADMIN") throw refuse("tokenOwnerGone");
  return {
    actor: toActor(row.owner),
    caller: { tokenId: row.id, ownerId: row.ownerId, scopes: row.scopes, ratePerMinute: row.ratePerMinute },
  };
}

/**
 * Lets an authenticated token through to a route that accepts `scope`: a route naming none is browser-only (403),
 * a missing scope is a 403 naming it; then the token's own per-minute limit (429).
 */
export async function admitToken(caller: TokenCaller, scope: ApiScope | undefined): Promise<void> {
  if (!scope) throw new AppError("FORBIDDEN", "exchange.tokenNotAccepted");
  if (!caller.scopes.includes(scope)) throw new AppError("FORBIDDEN", "exchange.tokenScopeMissing", { scope });
  await consumeOrThrow(limiter(`api-token:${caller.tokenId}`, caller.ratePerMinute, 60), caller.tokenId);
}

/** Each use: last use on the token, and an audit event with what was asked and how it ended. */
export async function recordTokenUse(
  caller: TokenCaller,
  use: { method: string; path: string; status: number; ip: string },
): Promise<void> {
  const prisma = await getPrisma();
  await prisma.$transaction([
    prisma.apiToken.update({ where: { id: caller.tokenId }, data: { lastUsedAt: new Date(), lastUsedIp: use.ip } }),
    prisma.auditEvent.create({
      data: {
        actorId: caller.ownerId,
        action: "apiToken.used",
        targetType: "ApiToken",
        targetId: caller.tokenId,
        data: { method: use.method, path: use.path, status: use.status },
        ip: use.ip,
      },
    }),
  ]);
}
