import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { toActor, type Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { markAddressProven } from "@/lib/mail/recipients";
import { createSession } from "@/lib/services/sessions/create-session";
import type { Role } from "@/lib/db/generated/enums";

export const FACTORY_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

export const uniqueEmail = (prefix = "user") => `${prefix}-${randomUUID().slice(0, 12)}@test.beacon`;

/**
 * A signed-up account with a unique email; password FACTORY_PASSWORD. Its address is verified (and so proven for
 * mail) unless `emailVerified: false`, like an account that has not clicked its link yet.
 */
export async function createUser(
  options: {
    role?: Role;
    name?: string;
    email?: string;
    vipLevel?: number;
    locale?: string;
    timeZone?: string;
    teamSlugs?: string[];
    emailVerified?: boolean;
  } = {},
) {
  const prisma = await getPrisma();
  const email = options.email ?? uniqueEmail(options.role?.toLowerCase() ?? "customer");
  const user = await prisma.user.create({
    data: {
      email,
      contactEmail: email,
      name: options.name ?? "Test User",
      role: options.role ?? "CUSTOMER",
      vipLevel: options.vipLevel ?? 0,
      locale: options.locale,
      timeZone: options.timeZone,
      passwordHash: await (passwordHash ??= hashPassword(FACTORY_PASSWORD)),
      emailVerifiedAt: options.emailVerified === false ? null : new Date(),
      ...(options.role && options.role !== "CUSTOMER" ? { agentProfile: { create: {} } } : {}),
    },
  });
  if (options.emailVerified !== false) await markAddressProven(prisma, email, "link");
  for (const slug of options.teamSlugs ?? []) {
    const team = await createTeam(slug);
    await prisma.teamMember.create({ data: { teamId: team.id, userId: user.id } });
  }
  return user;
}

export async function createTeam(slug = `team-${randomUUID().slice(0, 8)}`) {
  const prisma = await getPrisma();
  // Not upsert: two concurrent upserts of one slug collide on PostgreSQL.
  await prisma.team.createMany({ data: [{ slug, name: { en: slug, "zh-CN": slug } }], skipDuplicates: true });
  return prisma.team.findUniqueOrThrow({ where: { slug } });
}

export async function createActor(options: Parameters<typeof createUser>[0] = {}): Promise<Actor> {
  return toActor(await createUser(options));
}

/** A guest: no email login, no password; reached through a signed guest token. */
export async function createGuest(email = uniqueEmail("guest")): Promise<Actor> {
  const prisma = await getPrisma();
  return toActor(await prisma.user.create({ data: { contactEmail: email, name: "Guest", isGuest: true } }));
}

/** The Cookie header a signed-in browser would send: a server-side session and the JWT that names it. */
export async function sessionCookie(userId: string): Promise<string> {
  const prisma = await getPrisma();
  const { role } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  const sid = await createSession({ userId, role });
  const token = await encode({ token: { sub: userId, sid }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}
