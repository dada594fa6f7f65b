// Runs `next build` unless the build folder is newer than every source file that goes into it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "package-lock.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["node_modules", "generated"]);

function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const child of readdirSync(entry))
    if (!SKIP.has(child)) latest = Math.max(latest, newest(path.join(entry, child)));
  return latest;
}

export function buildIfStale() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const stamp = path.join(distDir, "BUILD_ID");
  if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...SOURCES.map(newest))) {
    console.log(`Build in ${distDir} is up to date.`);
    return;
  }
  console.log(`Building the production bundle into ${distDir} …`);
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
