import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getConnection, getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { cachedRead, READ_CACHE_TTL_MS } from "@/lib/db/read-cache";

// A key of this file's own: other test files may share the PostgreSQL database.
const key = `test.read-cache.${randomUUID()}`;
const read = cachedRead(["Setting"], (db: Pick<Prisma.TransactionClient, "setting">) =>
  db.setting.findUnique({ where: { key } }).then((row) => row?.value ?? null),
);

afterEach(() => vi.useRealTimers());

describe("cached reads of rarely-changing rows", () => {
  it("see this process's write at once", async () => {
    const prisma = await getPrisma();
    expect(await read(prisma)).toBeNull();
    await prisma.setting.create({ data: { key, value: 1 } });
    expect(await read(prisma)).toBe(1);
    await prisma.setting.update({ where: { key }, data: { value: 2 } });
    expect(await read(prisma)).toBe(2);
  });

  it("forget what a transaction that rolled back let them read", async () => {
    const prisma = await getPrisma();
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.setting.update({ where: { key }, data: { value: 3 } });
        expect(await read(tx)).toBe(3);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await read(prisma)).toBe(2);
  });

  it("see another instance's write within the TTL", async () => {
    const prisma = await getPrisma();
    expect(await read(prisma)).toBe(2);
    // Not through this process's Prisma client: as another instance writes it.
    await (await getConnection()).sql.query(`UPDATE "Setting" SET value = '4' WHERE key = $1`, [key]);
    expect(await read(prisma)).toBe(2);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + READ_CACHE_TTL_MS + 1 });
    expect(await read(prisma)).toBe(4);
  });
});
