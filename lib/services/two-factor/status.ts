import { getPrisma } from "@/lib/db/client";

/** Whether the account has 2FA on (never the secret: nothing reads that back out after setup). */
export async function twoFactorEnabled(userId: string): Promise<boolean> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return !!user?.totpEnabledAt;
}
