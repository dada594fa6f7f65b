import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";

/** Starts the real server.ts (development mode: no build needed) on a fresh embedded database. */
function startServer(dataDir: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: `pglite:${dataDir}`,
      PORT: String(port),
      SEED_DEMO: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Beacon is ready")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, ready, exited, output: () => output };
}

describe("server.ts", () => {
  it("serves health and socket.io on one port, and shuts down cleanly on SIGTERM, releasing the lock", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "beacon-server-")), "pglite");
    const port = 3900 + Math.floor(Math.random() * 90);
    const server = startServer(dataDir, port);
    onTestFinished(() => void server.child.kill("SIGKILL"));
    await server.ready;
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({ status: "ok", db: "ok" });
    const handshake = await fetch(`http://127.0.0.1:${port}/socket.io/?EIO=4&transport=polling`);
    expect(handshake.status).toBe(200);
    expect(await handshake.text()).toMatch(/^0\{"sid":/); // engine.io's open packet: socket.io shares the port

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  }, 120_000);
});
