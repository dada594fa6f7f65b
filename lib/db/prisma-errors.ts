// How a refused write shows up, whichever path reported it: Prisma's query engine (P2002, P2003), a raw statement
// through the driver adapter (PostgreSQL's SQLSTATE 23505, 23503), or, with some adapters, only the message.

type DriverError = {
  code?: string;
  message?: string;
  meta?: { code?: string; driverAdapterError?: { cause?: { kind?: string } } };
};

const refusal = (prismaCode: string, sqlState: string, kind: string, text: RegExp) => (error: unknown) => {
  const e = error as DriverError | null;
  return (
    e?.code === prismaCode ||
    e?.meta?.code === sqlState ||
    e?.meta?.driverAdapterError?.cause?.kind === kind ||
    text.test(String(e?.message ?? ""))
  );
};

/** A unique constraint refused the write (a slug or clientId already in use). */
export const isUniqueViolation = refusal("P2002", "23505", "UniqueConstraintViolation", /23505|unique constraint/i);

/** A foreign key refused the write (a category that no longer exists). */
export const isForeignKeyViolation = refusal(
  "P2003",
  "23503",
  "ForeignKeyConstraintViolation",
  /23503|foreign key constraint/i,
);
