import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir, openPglite } from "@/lib/db/pglite";

function holdDatabase(dataDir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/hold-pglite.ts"], {
    env: { ...process.env, DATABASE_URL: `pglite:${dataDir}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, ready };
}

describe("the embedded database's lock", () => {
  it("refuses a second process with a clear message and leaves the data untouched", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "beacon-lock-")), "pglite");
    const holder = holdDatabase(dataDir);
    await holder.ready;
    const before = readdirSync(dataDir).sort();
    try {
      expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dataDir)).toThrow(/in use by another Beacon process \(pid \d+\)/);
      expect(readdirSync(dataDir).sort()).toEqual(before);
    } finally {
      holder.child.kill("SIGKILL");
    }
  }, 60_000);

  it("takes over a lock left by a process that died, and releases it", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "beacon-lock-")), "pglite");
    writeFileSync(`${dataDir}.lock`, "999999999");
    const release = lockDataDir(dataDir);
    const pglite = await openPglite(dataDir);
    expect((await pglite.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
    await pglite.close();
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 60_000);
});
