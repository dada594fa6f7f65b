import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/locales";
import { sendAccountVerification } from "@/lib/services/account-links/email-verification";

/**
 * A customer signs up. The email is unique among accounts; a duplicate is a clear 409, nothing half-written. The
 * address is not proven yet: a link to verify it is mailed with the account (and until then no mail carrying
 * anyone's text goes there).
 */
export async function registerCustomer(input: { name: string; email: string; password: string; locale?: Locale }) {
  const prisma = await getPrisma();
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          contactEmail: input.email,
          passwordHash,
          role: "CUSTOMER",
          locale: input.locale,
        },
        select: { id: true, name: true, email: true, role: true },
      });
      await tx.auditEvent.create({
        data: { actorId: user.id, action: "user.registered", targetType: "User", targetId: user.id },
      });
      await sendAccountVerification(tx, { id: user.id, contactEmail: input.email, locale: input.locale ?? null });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "emailTaken", {}, { email: "emailTaken" });
    }
    throw error;
  }
}
