import { expect, test } from "./fixtures/axe";
import { E2E_SMTP_PORT } from "../../playwright.config";
import { startSmtp, type TestSmtp } from "../helpers/smtp";
import { contextAs } from "./fixtures/auth";

// Demo agent of the deposits & withdrawals team (prisma/seed/demo-people.ts).
const PAYMENTS_AGENT = "payments@beacon.test";

// A 1×1 PNG: the screenshot a customer attaches.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

async function mailFor(to: string, subject: RegExp) {
  await expect
    .poll(() => smtp.messages.some((m) => m.to && JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? "")), {
      timeout: 30_000,
    })
    .toBe(true);
  return smtp.messages.find((m) => JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? ""))!;
}

test("a guest files a ticket with a screenshot, tracks it from the email, and sees the agent's reply and the solve live", async ({
  browser,
}) => {
  const email = `guest-${Date.now()}@example.com`;
  const guest = await browser.newContext({ locale: "en-US" });
  const page = await guest.newPage();

  await page.goto("/tickets/new");
  await page.getByLabel("Topic").selectOption({ label: "Deposits" });
  await page.getByLabel("Your email").fill(email);
  await page.getByLabel("Subject").fill("USDT deposit not credited");
  await page
    .getByLabel("Description")
    .fill("I sent 500 USDT over TRC20 two hours ago; the transfer is confirmed on chain.");
  await page.getByTestId("ticket-files").setInputFiles({ name: "transfer.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByText("transfer.png")).toBeVisible();
  await page.getByTestId("ticket-submit").click();

  await expect(page.getByTestId("ticket-created")).toBeVisible();
  const ref = (await page.getByTestId("ticket-ref").textContent())!.trim();
  expect(ref).toMatch(/^BCN-1\d{5}$/);

  // A typed address first gets only a link to confirm it: nothing the visitor wrote, not even the number.
  const check = await mailFor(email, /Confirm your email address for Beacon support/);
  expect(check.text).not.toContain("USDT deposit");
  await page.goto(/https?:\/\/\S+(\/login\/verify\?token=[\w-]+)/.exec(check.text ?? "")![1]!);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByTestId("verify-done")).toContainText("One message waiting for it is on its way.");

  // Then the held confirmation email carries the number and the tracking link.
  const confirmation = await mailFor(email, new RegExp(`\\[${ref}\\] We received your request`));
  const link = /https?:\/\/\S+\/tickets\/track\/\S+\?key=[\w-]+/.exec(confirmation.text ?? "")?.[0];
  expect(link).toBeTruthy();

  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "USDT deposit not credited" })).toBeVisible();
  await expect(page.getByTestId("ticket-status")).toHaveText("Received");
  await expect(page.getByRole("img", { name: "transfer.png" })).toBeVisible();
  await expect(page.getByTestId("live-state")).toContainText("Live");

  // An agent of the deposits team answers from the console and leaves the ticket waiting for the customer.
  const { context: agentContext, page: agent } = await contextAs(browser, PAYMENTS_AGENT, "en-US");
  await agent.goto(`/console/tickets/${ref}`);
  await expect(agent.getByRole("heading", { name: "USDT deposit not credited" })).toBeVisible();
  await agent
    .getByTestId("agent-reply")
    .fill("We found your deposit: it is credited now. Please check your spot wallet.");
  await agent.getByTestId("agent-send").click();

  // The customer sees it without reloading.
  await expect(page.getByText("We found your deposit: it is credited now.")).toBeVisible();
  await expect(page.getByTestId("ticket-status")).toHaveText("Waiting for you");
  await mailFor(email, new RegExp(`\\[${ref}\\] New reply`));

  // The agent solves it; the customer's page follows, and the solved email arrives.
  await agent.getByTestId("prop-status").selectOption("SOLVED");
  await agent.getByTestId("save-properties").click();
  await expect(page.getByTestId("ticket-status")).toHaveText("Solved");
  await expect(page.getByTestId("reopen-ticket")).toBeVisible();
  await mailFor(email, new RegExp(`\\[${ref}\\] Solved`));

  await agentContext.close();
  await guest.close();
});

test("a wrong tracking key and an unknown number both get the same not-found page", async ({ page }) => {
  const wrong = await page.goto("/tickets/track/BCN-100001?key=not-the-right-key-at-all");
  expect(wrong?.status()).toBe(404);
  const unknown = await page.goto("/tickets/track/BCN-999999?key=not-the-right-key-at-all");
  expect(unknown?.status()).toBe(404);
});
