import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;
/** The e2e server sends mail here; tests that read mail start an smtp-server on this port (tests/e2e/fixtures). */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
/** The example exchange backend's port (tests/e2e/exchange.spec.ts): its site embeds the widget, so it is allowed. */
export const E2E_EXCHANGE_PORT = Number(process.env.E2E_EXCHANGE_PORT ?? port + 1);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  // The JSON report lets `npm test` print one "N passed, N failed" line (scripts/test.mjs).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // WEBHOOK_ALLOW_PRIVATE: the example exchange backend (tests/e2e/exchange.spec.ts) listens on loopback.
    // partner.localhost stands for a site embedding the widget (tests/e2e/security.spec.ts frames /widget from it).
    env: {
      PORT: String(port),
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      LOG_LEVEL: "error",
      WEBHOOK_ALLOW_PRIVATE: "1",
      ALLOWED_ORIGINS: `http://partner.localhost,http://127.0.0.1:${E2E_EXCHANGE_PORT}`,
    },
  },
});
