import { expect, test } from "./fixtures/axe";
import { contextAs, DEMO } from "./fixtures/auth";

test("an admin connects a mailbox; an agent logs a call and files the ticket for the caller", async ({ browser }) => {
  const { context, page } = await contextAs(browser, DEMO.admin, "en-US");
  const address = `e2e-help-${Date.now()}@beacon.test`;
  await page.goto("/admin/mailboxes");
  await page.getByLabel("Name", { exact: true }).first().fill("E2E help");
  await page.getByLabel("Address", { exact: true }).first().fill(address);
  await page.getByRole("button", { name: "Add mailbox" }).click();
  const row = page.getByTestId("mailbox-list").getByRole("listitem").filter({ hasText: address });
  await expect(row).toContainText("Through the SMTP receiver");
  await expect(page.getByRole("heading", { name: "Mail set aside" })).toBeVisible();
  await context.close();

  // 王芳 works in Chinese (her account's language).
  const agent = await contextAs(browser, DEMO.agent, "zh-CN");
  const caller = `e2e-caller-${Date.now()}@example.com`;
  await agent.page.goto("/console/calls");
  await agent.page.getByLabel("客户邮箱").fill(caller);
  await agent.page.getByLabel("电话号码").fill("+86 138 0000 0000");
  await agent.page.getByLabel("通话时长（分钟）").fill("4");
  await agent.page
    .getByLabel("通话记录")
    .fill("Caller lost the phone with the authenticator app and needs a 2FA reset.");
  await agent.page.getByLabel("标题").fill("2FA reset by phone");
  await agent.page.getByRole("button", { name: "记录通话并提交工单" }).click();
  const status = agent.page.getByRole("status").filter({ hasText: "已为客户提交工单" });
  await expect(status).toContainText(/BCN-\d+/);
  await status.getByRole("link", { name: "打开" }).click();
  await expect(agent.page.getByRole("heading", { name: "2FA reset by phone" })).toBeVisible();
  await expect(agent.page.getByText(caller).first()).toBeVisible();
  await agent.context.close();
});
