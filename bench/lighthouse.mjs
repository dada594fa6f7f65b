// npm run bench:lighthouse: Lighthouse (desktop) on a production build with demo data, driving Debian's chromium.
// Prints performance and accessibility per page and every audit that keeps a page from a perfect score.
// Targets: performance ≥ 95, accessibility 100. LH_PAGES=/,/login overrides the page list.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { buildIfStale } from "../scripts/build-if-stale.mjs";

const port = Number(process.env.LH_PORT ?? 3290);
const base = `http://localhost:${port}`;
const pages = (process.env.LH_PAGES ?? "/help,/help/articles/how-to-withdraw,/chat,/console").split(",");
const AGENT_PAGES = ["/console"];

async function startServer() {
  buildIfStale();
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "beacon-lh-")), "pglite");
  const server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `pglite:${dataDir}`,
      SEED_DEMO: "1",
      NEXTAUTH_SECRET: "lighthouse",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not start");
}

async function agentCookie() {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: jar.join("; "),
      "X-Auth-Return-Redirect": "1",
    },
    body: new URLSearchParams({ email: "agent@beacon.test", password: "beacon-demo", csrfToken, json: "true" }),
  });
  return [...jar, ...response.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
  ],
});
const rows = [];
let failed = false;
try {
  const cookie = await agentCookie();
  for (const page of pages) {
    // One warm-up load so the numbers measure Beacon, not the first compile of a route's server code.
    await fetch(`${base}${page}`, { headers: AGENT_PAGES.includes(page) ? { cookie } : {} });
    const flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    };
    if (AGENT_PAGES.includes(page)) flags.extraHeaders = { Cookie: cookie };
    const { lhr } = await lighthouse(`${base}${page}`, flags, desktopConfig);
    const perf = Math.round(lhr.categories.performance.score * 100);
    const a11y = Math.round(lhr.categories.accessibility.score * 100);
    const audits = Object.values(lhr.audits).filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 0.9 &&
        audit.scoreDisplayMode !== "informative" &&
        audit.scoreDisplayMode !== "manual",
    );
    rows.push({
      page,
      performance: perf,
      accessibility: a11y,
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
      tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
      cls: lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
    });
    if (perf < 95 || a11y < 100) failed = true;
    for (const audit of audits) {
      console.log(
        `  ${page}: ${audit.id} (${Math.round(audit.score * 100)}) — ${audit.title}${audit.displayValue ? ` · ${audit.displayValue}` : ""}`,
      );
      // Accessibility failures name the elements, so they can be fixed without opening the report.
      if (lhr.categories.accessibility.auditRefs.some((ref) => ref.id === audit.id)) {
        for (const item of (audit.details?.items ?? []).slice(0, 5))
          console.log(`      ${item.node?.snippet ?? ""} ${item.node?.explanation?.split("\n")[0] ?? ""}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill("SIGTERM");
}
console.table(rows);
console.log(
  failed ? "Some pages miss the targets (performance ≥ 95, accessibility 100)." : "Every page meets the targets.",
);
