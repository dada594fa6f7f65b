import { readFile } from "node:fs/promises";
import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { E2E_SMTP_PORT } from "../../playwright.config";
import { startSmtp, type TestSmtp } from "../helpers/smtp";
import { contextAs, DEMO, signIn } from "./fixtures/auth";
import { inviteStaff } from "./fixtures/staff";

// Demo agent of the deposits & withdrawals team (prisma/seed/demo-people.ts).
const PAYMENTS_AGENT = "payments@beacon.test";
const SHOTS = process.env.E2E_SCREENSHOTS; // a directory: the journeys also save the pages for a look

let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

async function mailFor(to: string, subject: RegExp) {
  const find = () => smtp.messages.find((m) => JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? ""));
  await expect.poll(() => Boolean(find()), { timeout: 30_000 }).toBe(true);
  return find()!;
}

/** A supervisor of the Deposits team, made on the admin Teams page (never a demo account's state). */
async function newSupervisor(browser: Browser) {
  const stamp = Date.now().toString(36);
  const { context, page: admin } = await contextAs(browser, DEMO.admin, "en-US");
  const email = `reports-${stamp}@beacon.test`;
  await admin.goto("/admin/teams");
  const password = await inviteStaff(browser, admin, smtp, {
    email,
    name: `Rita ${stamp}`,
    role: "SUPERVISOR",
    teams: ["Deposits & withdrawals"],
  });
  await expect(admin.getByRole("link", { name: "Reports" })).toHaveAttribute("href", "/console/reports");
  await context.close();
  return { email, password };
}

test("a customer rates a solved ticket from the email's one-click link and the tracking page", async ({ browser }) => {
  const email = `rater-${Date.now()}@example.com`;
  const guest = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
  const page = await guest.newPage();
  await page.goto("/tickets/new");
  await page.getByLabel("Topic").selectOption({ label: "Deposits" });
  await page.getByLabel("Your email").fill(email);
  await page.getByLabel("Subject").fill("Withdrawal stuck in review");
  await page.getByLabel("Description").fill("My BTC withdrawal has been in review for six hours, please check.");
  await page.getByTestId("ticket-submit").click();
  const ref = (await page.getByTestId("ticket-ref").textContent())!.trim();
  // Mail about the ticket reaches a typed address once its owner has confirmed it (docs/security.md).
  const check = await mailFor(email, /Confirm your email address for Beacon support/);
  await page.goto(/https?:\/\/\S+(\/login\/verify\?token=[\w-]+)/.exec(check.text ?? "")![1]!);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByTestId("verify-done")).toBeVisible();

  const { context: agentContext, page: agent } = await contextAs(browser, PAYMENTS_AGENT, "en-US");
  await agent.goto(`/console/tickets/${ref}`);
  await agent.getByTestId("prop-status").selectOption("SOLVED");
  await agent.getByTestId("save-properties").click();
  await agentContext.close();

  const solved = await mailFor(email, new RegExp(`\\[${ref}\\] Solved`));
  const link = /https?:\/\/\S+\/tickets\/track\/\S+\?key=[\w-]+&rate=4/.exec(solved.text ?? "")?.[0];
  expect(link).toBeTruthy();
  // One click from the email: the score is recorded on arrival, no sign-in.
  await page.goto(link!);
  await expect(page.getByTestId("rating-thanks")).toHaveText("Thank you — you rated this ticket 4 of 5.");
  await page.getByTestId("rate-5").click();
  await page.getByTestId("rating-reason").fill("Fast and friendly.");
  await page.getByTestId("rating-submit").click();
  await expect(page.getByTestId("rating-thanks")).toHaveText("Thank you — you rated this ticket 5 of 5.");
  await page.reload();
  await expect(page.getByTestId("rating-reason")).toHaveValue("Fast and friendly.");
  if (SHOTS) {
    await page.getByTestId("ticket-rating").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/rating-390-en.png`, fullPage: true });
    const zh = await browser.newContext({ locale: "zh-CN", viewport: { width: 390, height: 844 } });
    const zhPage = await zh.newPage();
    await zhPage.goto(link!);
    await expect(zhPage.getByTestId("rating-thanks")).toContainText("感谢您的评价");
    await zhPage.screenshot({ path: `${SHOTS}/rating-390-zh.png`, fullPage: true });
    await zh.close();
  }
  await guest.close();
});

test("a supervisor opens reports, filters, drills down to the tickets behind a number, and exports CSV", async ({
  browser,
}) => {
  const { email, password } = await newSupervisor(browser);
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  await signIn(context.request, email, password);
  const page = await context.newPage();
  await page.goto("/console");
  await page.getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await expect(page.getByText(/Speed, quality and satisfaction of your teams/)).toBeVisible();
  await expect(page.getByTestId("report-definitions")).toContainText("Bot-resolved chats ÷ chats.");

  // Break down by topic; the earlier journeys' Deposits tickets are in the table.
  await page.getByLabel("Break down by").selectOption("topic");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/by=topic/);
  const table = page.getByTestId("report-table");
  await expect(table.getByRole("columnheader", { name: "Topic" })).toBeVisible();
  await page.getByTestId("report-table-filter").fill("Deposits");
  const row = table.getByRole("row").filter({ hasText: "Deposits" }).first();
  await expect(row).toBeVisible();
  await table.getByRole("button", { name: "Tickets", exact: true }).click(); // sortable

  // Drill down from the row's ticket count to the tickets themselves.
  const tickets = Number(await row.getByRole("cell").nth(10).textContent());
  expect(tickets).toBeGreaterThan(0);
  await row.getByRole("cell").nth(10).getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Behind “Tickets”" })).toBeVisible();
  await expect(page.getByTestId("report-items").getByRole("link", { name: /^BCN-/ })).toHaveCount(tickets);

  // Every table exports as CSV.
  const download = page.waitForEvent("download");
  await page.getByTestId("items-export").click();
  const items = await readFile(await (await download).path(), "utf8");
  expect(items.split("\r\n")[0]).toBe("\uFEFFKind,Chat or ticket,Created,Tickets");
  await page.getByRole("link", { name: "Back to the report" }).click();
  const report = page.waitForEvent("download");
  await page.getByTestId("report-export").click();
  const csv = await readFile(await (await report).path(), "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFTopic,Chats,Bot-resolved,/);
  expect(csv).toContain("Deposits");

  if (SHOTS) {
    await expect(page.locator(".recharts-cartesian-grid")).toHaveCount(3);
    await page.screenshot({ path: `${SHOTS}/reports-1280-en.png`, fullPage: true });
    await page.goto("/console/wallboard");
    await expect(page.getByTestId("wallboard-live")).toHaveText("Live");
    await page.screenshot({ path: `${SHOTS}/wallboard-1280-en.png`, fullPage: true });
    const zh = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    await signIn(zh.request, email, password);
    const zhPage = await zh.newPage();
    await zhPage.goto("/console/reports?by=topic");
    await expect(zhPage.getByRole("heading", { name: "报表" })).toBeVisible();
    await expect(zhPage.locator(".recharts-cartesian-grid")).toHaveCount(3); // measured and drawn
    await zhPage.screenshot({ path: `${SHOTS}/reports-1280-zh.png`, fullPage: true });
    await zhPage.goto("/console/wallboard");
    await zhPage.screenshot({ path: `${SHOTS}/wallboard-1280-zh.png`, fullPage: true });
    await zh.close();
  }
  await context.close();
});

test("agents and customers are refused the reports and their CSV", async ({ browser }) => {
  for (const who of [PAYMENTS_AGENT, DEMO.customer]) {
    const { context, page } = await contextAs(browser, who, "en-US");
    const answer = await page.goto("/console/reports");
    expect(answer?.status()).toBe(403);
    const csv = await context.request.get("/api/v1/reports/export?from=2026-01-01&to=2026-01-31");
    expect(csv.status()).toBe(403);
    await context.close();
  }
});
