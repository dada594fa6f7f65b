import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/locales";

/** A customer signs up. The email is unique among accounts; a duplicate is a clear 409, nothing half-written. */
export async function registerCustomer(input: { name: string; email: string; password: string; locale?: Locale }) {
  const prisma = await getPrisma();
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await prisma.user.create({
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
    await prisma.auditEvent.create({
      data: { actorId: user.id, action: "user.registered", targetType: "User", targetId: user.id },
    });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "emailTaken", {}, { email: "emailTaken" });
    }
    throw error;
  }
}
