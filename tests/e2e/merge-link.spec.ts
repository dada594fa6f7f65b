import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { contextAs } from "./fixtures/auth";

// Demo agents (prisma/seed/demo-people.ts): Sam Carter works in English, 李娜 (deposits & withdrawals) in Chinese.
const ENGLISH_AGENT = "api@beacon.test";
const PAYMENTS_AGENT = "payments@beacon.test";
const SHOTS = "test-results/merge-link";

type Filed = { ref: string; trackingPath: string };

async function fileAsGuest(request: APIRequestContext, email: string, subject: string): Promise<Filed> {
  // As the portal's client does: its device id, so the limits count this browser, not the test machine's address.
  const response = await request.post("/api/v1/tickets", {
    headers: { "x-beacon-device": crypto.randomUUID() },
    data: {
      topic: "deposits",
      email,
      subject,
      description: "I sent 200 USDT over TRC20 an hour ago; the transfer is confirmed on chain.",
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { ticket: Filed }).ticket;
}

/** Picks a ticket in the picker by its number and confirms with the button that names it. */
async function pick(page: Page, search: string, ref: string, confirm: RegExp) {
  await page.getByRole("textbox", { name: search }).fill(ref);
  await page
    .getByRole("list", { name: search })
    .getByRole("button", { name: new RegExp(ref) })
    .click();
  await page.getByRole("button", { name: confirm }).click();
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.getByTestId("ticket-relations").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: width === 390 });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an agent links a related ticket and merges a duplicate; the duplicate's tracking link leads to the target", async ({
  browser,
}) => {
  const guest = await browser.newContext({ locale: "en-US" });
  const email = `merge-${Date.now()}@example.com`;
  const stamp = Date.now().toString(36);
  const target = await fileAsGuest(guest.request, email, `USDT deposit missing ${stamp}`);
  const duplicate = await fileAsGuest(guest.request, email, `USDT deposit still missing ${stamp}`);
  const related = await fileAsGuest(guest.request, email, `TRC20 fee question ${stamp}`);

  const { context, page } = await contextAs(browser, ENGLISH_AGENT, "en-US");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/console/tickets/${duplicate.ref}`);
  const panel = page.getByTestId("ticket-relations");
  await expect(panel).toContainText("No related tickets.");

  await panel.getByRole("button", { name: "Link ticket" }).click();
  await pick(page, "Ticket number or subject", related.ref, new RegExp(`^Link ${related.ref}$`));
  await expect(panel.getByRole("list", { name: "Related tickets" })).toContainText(related.ref);
  await expect(page.getByTestId("ticket-event").last()).toContainText(`linked ${related.ref}`);

  await panel.getByRole("button", { name: "Merge into…" }).click();
  await page.getByRole("textbox", { name: "Ticket number or subject" }).fill(target.ref);
  const found = page
    .getByRole("list", { name: "Ticket number or subject" })
    .getByRole("button", { name: new RegExp(target.ref) });
  await found.click();
  await expect(found).toHaveAttribute("aria-pressed", "true");
  await shoot(page, "merge-picker-en");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Merge into ${target.ref}` }).click();

  // The agent lands on the target: the duplicate's thread is there, with the merge line; the link came along.
  await expect(page).toHaveURL(new RegExp(`/console/tickets/${target.ref}$`));
  await expect(page.getByText(`merged ${duplicate.ref} into this ticket`)).toBeVisible();
  await expect(page.getByText("I sent 200 USDT over TRC20")).toHaveCount(2); // both descriptions
  await expect(panel.getByRole("list", { name: "Related tickets" })).toContainText(related.ref);
  await shoot(page, "merged-target-en");

  // The duplicate itself says where it went.
  await page.goto(`/console/tickets/${duplicate.ref}`);
  await expect(panel).toContainText(`This ticket was merged into ${target.ref}.`);
  await context.close();

  // The customer's tracking link of the duplicate opens the target.
  const customer = await guest.newPage();
  await customer.goto(duplicate.trackingPath);
  await expect(customer).toHaveURL(new RegExp(`/tickets/track/${target.ref}\\?key=`));
  await expect(customer.getByTestId("ticket-ref")).toHaveText(target.ref);
  // The guest filed through the API without a language, so their pages are in the desk's default, Chinese.
  await expect(customer.getByText(`${duplicate.ref} 已合并到此工单`)).toBeVisible();
  await customer.screenshot({ path: `${SHOTS}/customer-target-zh-1280.png` });
  await guest.close();

  // The same console in Chinese.
  const zh = await contextAs(browser, PAYMENTS_AGENT, "zh-CN");
  await zh.page.setViewportSize({ width: 1280, height: 900 });
  await zh.page.goto(`/console/tickets/${related.ref}`);
  const zhPanel = zh.page.getByTestId("ticket-relations");
  await expect(zhPanel.getByRole("list", { name: "相关工单" })).toContainText(target.ref);
  await zhPanel.getByRole("button", { name: "合并到…" }).click();
  await zh.page.getByRole("textbox", { name: "工单号或主题" }).fill(target.ref);
  await zh.page
    .getByRole("list", { name: "工单号或主题" })
    .getByRole("button", { name: new RegExp(target.ref) })
    .click();
  await shoot(zh.page, "merge-picker-zh");
  await expect(zh.page.getByRole("button", { name: `合并到 ${target.ref}` })).toBeEnabled();
  await zh.context.close();
});

test("the routing page offers ticket assignment by load per team and a ticket capacity per agent", async ({
  browser,
}) => {
  // Ada Admin's account is in English (her saved language wins over the browser's).
  for (const locale of ["en-US"] as const) {
    const { context, page } = await contextAs(browser, "admin@beacon.test", locale);
    await page.goto("/admin/topics");
    const en = locale === "en-US";
    const heading = page.getByRole("heading", { name: en ? "Ticket assignment by load" : "工单按负载分配" });
    await expect(heading).toBeVisible();
    await expect(
      page.getByRole("checkbox", { name: en ? /^Assign .+'s tickets by load$/ : /的工单按负载分配$/ }).first(),
    ).toBeVisible();
    await expect(page.getByLabel(en ? /Open tickets at most/ : /最多未解决工单/).first()).toBeVisible();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await heading.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/routing-${locale}-${width}.png` });
    }
    await context.close();
  }
});
