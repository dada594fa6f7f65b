import { spawn } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { E2E_EXCHANGE_PORT } from "../../playwright.config";
import { contextAs, DEMO } from "./fixtures/auth";

// Issue 14's journey with examples/exchange-backend: an admin connects the exchange (site, API token, freeze
// action); a signed-in exchange user opens the widget on the exchange's page and is recognised (VIP 3, verified);
// the security agent freezes the account; the backend records the signed call; the customer sees the notice.

/** The submit button of the form holding `field` (the admin may read the page in either language). */
const submit = (page: Page, field: string) =>
  page
    .locator("form")
    .filter({ has: page.locator(field) })
    .locator('button[type="submit"]')
    .click();

async function configure(admin: Page, backend: string) {
  await admin.goto("/admin/exchange");
  await admin.locator("#new-name").fill("Example Exchange");
  await admin.locator("#new-key").fill("exchange");
  await admin.locator("#new-issuer").fill("https://exchange.example");
  await submit(admin, "#new-name");
  const siteSecret = (await admin.getByTestId("site-secret").textContent())!.trim();

  await admin.locator("#token-name").fill("Back office");
  await submit(admin, "#token-name");
  const apiToken = (await admin.getByTestId("api-token").textContent())!.trim();

  await admin.locator("#new-action-name-en").fill("Freeze account");
  await admin.locator("#new-action-name-zh-CN").fill("冻结账户");
  await admin.locator("#new-action-notice-en").fill("Your account was frozen");
  await admin.locator("#new-action-notice-zh-CN").fill("您的账户已被冻结");
  await admin.locator("#new-action-key").fill("freeze");
  await admin.locator("#new-action-url").fill(`${backend}/beacon/actions/freeze`);
  await submit(admin, "#new-action-name-en");
  const actionSecret = (await admin.getByTestId("action-secret").textContent())!.trim();
  return { siteSecret, apiToken, actionSecret };
}

test("a signed-in exchange user is recognised in the widget; the agent sees verified and freezes the account; the customer is told", async ({
  browser,
  baseURL,
}) => {
  // The exchange embeds the widget, so its site is in ALLOWED_ORIGINS (playwright.config.ts) on this port.
  const port = E2E_EXCHANGE_PORT;
  const backend = `http://127.0.0.1:${port}`;
  const { context: adminContext, page: admin } = await contextAs(browser, DEMO.admin);
  const secrets = await configure(admin, backend);

  const name = `Li Wei ${Date.now().toString(36)}`;
  const child = spawn(process.execPath, ["examples/exchange-backend/server.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      BEACON_URL: baseURL,
      BEACON_SITE_SECRET: secrets.siteSecret,
      BEACON_API_TOKEN: secrets.apiToken,
      ACTION_SECRET: secrets.actionSecret,
      USER_ID: `ex-${Date.now()}`,
      USER_NAME: name,
    },
    stdio: "pipe",
  });
  try {
    await expect
      .poll(() =>
        fetch(`${backend}/beacon/calls`).then(
          (r) => r.ok,
          () => false,
        ),
      )
      .toBe(true);

    // The customer, signed in on the exchange, opens the chat there.
    const customerContext = await browser.newContext({ locale: "en-US" });
    const customer = await customerContext.newPage();
    await customer.goto(backend);
    await customer.getByRole("button", { name: "Chat with us" }).click();
    const widget = customer.frameLocator("iframe.bcn-frame");
    await expect(widget.getByText(name, { exact: false }).first()).toBeVisible();
    await widget.getByRole("radio", { name: "Account compromised" }).click();
    await widget.getByTestId("composer-input").fill("Someone logged into my account and is withdrawing");
    await widget.getByTestId("composer-input").press("Enter");

    // The security agent takes the urgent chat: verified, VIP 3, and the freeze button.
    const { context: agentContext, page: agent } = await contextAs(browser, DEMO.securityAgent, "en");
    await agent.goto("/console");
    const queued = agent.getByTestId("inbox-queue").filter({ hasText: name });
    const mine = agent.getByTestId("inbox").getByText(name);
    await expect(queued.or(mine).first()).toBeVisible();
    if (await queued.count()) await queued.getByTestId("accept").click();
    else await mine.first().click();
    await expect(agent).toHaveURL(/\/console\/chats\//);
    const panel = agent.getByTestId("customer-panel");
    await expect(panel.getByTestId("verified-badge")).toBeVisible();
    await expect(panel).toContainText("VIP 3");
    agent.once("dialog", (dialog) => void dialog.accept());
    await agent
      .getByTestId("urgent-actions")
      .getByRole("button", { name: /Freeze account|冻结账户/ })
      .click();

    // The exchange recorded the signed call, and the customer sees what was done and when.
    await expect.poll(async () => (await (await fetch(`${backend}/beacon/calls`)).json()).calls.length).toBe(1);
    await expect(widget.getByTestId("account-action-notice")).toContainText(/Your account was frozen at /);
    await customerContext.close();
    await agentContext.close();
  } finally {
    child.kill();
    await adminContext.close();
  }
});
