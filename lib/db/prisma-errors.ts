import { Prisma } from "@/lib/db/generated/client";

/** A unique constraint refused the write (e.g. a slug already in use). */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** A foreign key refused the write (e.g. a category that no longer exists). */
export const isForeignKeyViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003";
