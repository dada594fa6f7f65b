/**
 * Interactive transactions here are a few statements long, but under a surge they queue for a pooled connection
 * (or, on PGlite, for the one connection): wait for it rather than fail a customer's message after Prisma's 2 s.
 */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;
