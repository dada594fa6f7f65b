import { expect, test } from "./fixtures/axe";
import { E2E_SMTP_PORT } from "../../playwright.config";
import { startSmtp, type TestSmtp } from "../helpers/smtp";
import { contextAs, DEMO } from "./fixtures/auth";

let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

test("an admin gives a new agent console access and publishes an announcement that visitors see", async ({
  browser,
}) => {
  const { context, page } = await contextAs(browser, DEMO.admin, "en-US");
  page.on("dialog", (dialog) => dialog.accept());
  const email = `e2e-agent-${Date.now()}@beacon.test`;

  await page.goto("/admin/teams");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Name", { exact: true }).fill("Nina Newbie");
  await page.getByRole("group", { name: "Teams" }).last().getByText("KYC").click();
  await page.getByRole("button", { name: "Add to the console" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toContainText(email);
  await expect(page.getByRole("row", { name: /Nina Newbie/ })).toContainText(email);
  await expect(page.getByTestId("pending-invitations")).toContainText(email);

  // No password is shown: the new agent chooses one from the emailed link, then logs in and lands in the console.
  await expect
    .poll(() => smtp.messages.some((m) => JSON.stringify(m.to).includes(email)), { timeout: 30_000 })
    .toBe(true);
  const mail = smtp.messages.find((m) => JSON.stringify(m.to).includes(email))!;
  const link = new URL(/https?:\/\/\S+\/login\/invite\?token=\S+/.exec(mail.text ?? "")![0]);
  const password = "nina's own password";
  const agent = await browser.newContext({ locale: "en-US" });
  const agentPage = await agent.newPage();
  await agentPage.goto(link.pathname + link.search);
  await agentPage.getByLabel("New password").fill(password);
  await agentPage.getByRole("button", { name: "Set password" }).click();
  await expect(agentPage.getByText("Your password is set.")).toBeVisible();
  await agentPage.goto("/login");
  await agentPage.getByLabel("Email").fill(email);
  await agentPage.getByLabel("Password").fill(password);
  await agentPage.getByRole("button", { name: "Log in" }).click();
  await expect(agentPage).toHaveURL(/\/console$/);
  await agent.close();

  await page.goto("/admin/announcements");
  await page.getByLabel("Title (English)").fill("TRC20 withdrawals are delayed");
  await page.getByLabel("Details (English, optional)").fill("Your funds are safe; they arrive within 2 hours.");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "TRC20 withdrawals are delayed" })).toContainText("Live");

  // A Chinese-speaking visitor gets the English text, since no Chinese one was written.
  const visitor = await browser.newContext({ locale: "zh-CN" });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto("/help");
  await expect(visitorPage.getByRole("region", { name: "公告" })).toContainText("TRC20 withdrawals are delayed");

  await page
    .getByRole("listitem")
    .filter({ hasText: "TRC20 withdrawals are delayed" })
    .getByRole("button", { name: "Delete" })
    .click();
  await expect(page.getByText("Announcement deleted.")).toBeVisible();
  await visitorPage.reload();
  await expect(visitorPage.getByRole("region", { name: "公告" })).toHaveCount(0);
  await visitor.close();
  await context.close();
});
