// npm test: the whole suite — type check, lint, unit + integration tests (vitest, real database), then browser
// tests (Playwright on Debian chromium) against a production build. TEST_DATABASE_URL=postgres://… runs the
// database-backed parts on PostgreSQL instead of the embedded PGlite; `npm test -- --database-only` runs only those
// parts (CI's second pass: the type check, lint, formatting and the bot's in-memory gate do not depend on the
// database and ran in the first). Ends with one "N passed, N failed" line and each step's time.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { buildIfStale } from "./build-if-stale.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { ensureDovecot } from "./ensure-dovecot.mjs";

const started = Date.now();
const databaseOnly = process.argv.includes("--database-only");
const failures = [];
const timings = [];
const run = (name, command, args, env = {}) => {
  console.log(`\n▶ ${name}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  timings.push(`${name}: ${Math.round((Date.now() - stepStarted) / 1000)} s`);
  if (result.status !== 0) failures.push(name);
};
const runUnlessDatabaseOnly = (...step) =>
  databaseOnly ? timings.push(`${step[0]}: skipped (--database-only)`) : run(...step);

mkdirSync("reports", { recursive: true });
for (const report of ["reports/vitest.json", "reports/fuzz.json", "reports/scale.json", "reports/e2e.json"])
  rmSync(report, { force: true });

ensureChromium();
ensureDovecot(); // the inbound-mail tests read a real IMAP server (tests/helpers/dovecot.ts)
runUnlessDatabaseOnly("lock file complete (npm ci on a fresh clone)", "node", [
  "scripts/complete-lockfile.mjs",
  "--check",
]);
runUnlessDatabaseOnly("type check", "npx", ["tsc", "--noEmit"]);
runUnlessDatabaseOnly("lint", "npx", ["eslint", ".", "--max-warnings=0"]);
runUnlessDatabaseOnly("formatting (prettier --check)", "npx", ["prettier", "--check", "."]);
const vitest = (project, report) => [
  "vitest",
  "run",
  ...project.flatMap((p) => ["--project", p]),
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
];
run("unit, integration and security tests", "npx", vitest(["unit", "integration", "security"], "reports/vitest.json"));
// The bot's evaluation set (bench/bot): first answer ≥ 90% per language, urgent recall 100%, false urgent ≤ 3%,
// language match 100%. Deterministic (no timing): it prints its table and fails the run when a target is missed.
runUnlessDatabaseOnly("bot evaluation (bench:bot --gate)", "npx", ["tsx", "bench/bot.ts", "--gate"]);
buildIfStale();
run("API fuzzing (the OpenAPI document against a running server)", "npx", vitest(["fuzz"], "reports/fuzz.json"));
// Scale-out needs PostgreSQL and Redis: two real instances behind nginx (tests/scale).
if (process.env.TEST_DATABASE_URL && process.env.REDIS_URL)
  run("scale-out tests", "npx", vitest(["scale"], "reports/scale.json"));
// With --database-only the suite-wide axe scans are off (E2E_AXE=0): the first pass scanned the same pages, and the
// database does not change what they render. The layout and accessibility spec still scans its states.
run("browser tests", "npx", ["playwright", "test"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: "reports/e2e.json",
  ...(databaseOnly ? { E2E_AXE: "0" } : {}),
});

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const suites = ["reports/vitest.json", "reports/fuzz.json", "reports/scale.json"].map(read).filter(Boolean);
const e2e = read("reports/e2e.json");
const sum = (key) => suites.reduce((total, suite) => total + (suite[key] ?? 0), 0);
const passed = sum("numPassedTests") + (e2e?.stats?.expected ?? 0);
const failed = sum("numFailedTests") + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = sum("numPendingTests") + (e2e?.stats?.skipped ?? 0);
console.log(
  `\nvitest: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed · playwright: ${e2e?.stats?.expected ?? 0} passed, ${e2e?.stats?.unexpected ?? "?"} failed`,
);
console.log(`Steps: ${timings.join(" · ")}`);
if (failures.length) console.log(`Failed steps: ${failures.join(", ")}`);
console.log(`Wall time: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(
  `${passed} passed, ${failed + (failures.length && !failed ? 1 : 0)} failed${skipped ? `, ${skipped} skipped` : ""}`,
);
process.exit(failures.length ? 1 : 0);
