// The server Playwright tests run against: a production build on a fresh embedded database with demo data, or on
// TEST_DATABASE_URL (PostgreSQL, demo data seeded with SEED_DEMO=1).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfStale } from "./build-if-stale.mjs";

buildIfStale();
const databaseUrl =
  process.env.TEST_DATABASE_URL ?? `pglite:${path.join(mkdtempSync(path.join(tmpdir(), "beacon-e2e-")), "pglite")}`;
// node --import tsx, not npx tsx: no extra npm and tsx launcher processes (about 115 MB) beside the server.
const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "1",
    NEXTAUTH_SECRET: "beacon-e2e-secret",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
