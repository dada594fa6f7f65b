import { expect, test } from "@playwright/test";
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

  const agent = await contextAs(browser, DEMO.agent, "en-US");
  const caller = `e2e-caller-${Date.now()}@example.com`;
  await agent.page.goto("/console/calls");
  await agent.page.getByLabel("Customer's email").fill(caller);
  await agent.page.getByLabel("Phone number").fill("+86 138 0000 0000");
  await agent.page.getByLabel("Duration (minutes)").fill("4");
  await agent.page.getByLabel("Call notes").fill("Caller lost the phone with the authenticator app and needs a 2FA reset.");
  await agent.page.getByLabel("Subject").fill("2FA reset by phone");
  await agent.page.getByRole("button", { name: "Log call and file ticket" }).click();
  const status = agent.page.getByRole("status").filter({ hasText: "filed for the customer" });
  await expect(status).toContainText(/BCN-\d+/);
  await status.getByRole("link", { name: "Open" }).click();
  await expect(agent.page.getByRole("heading", { name: "2FA reset by phone" })).toBeVisible();
  await expect(agent.page.getByText(caller).first()).toBeVisible();
  await agent.context.close();
});
