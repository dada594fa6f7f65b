import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures/axe";
import { contextAs, DEMO } from "./fixtures/auth";

// A Chinese-speaking demo customer (prisma/seed/demo-people.ts): the help center answers them in zh-CN.
const ZH_CUSTOMER = "xiaoming@example.com";

test("an admin writes, edits and publishes an article; a customer finds it by search and rates it", async ({
  browser,
}) => {
  const token = `aurora${Date.now().toString(36)}`;
  const zhTitle = "如何开启极光护盾保护";
  const enTitle = `How to turn on the ${token} shield`;

  // The admin writes a draft in both languages (live previews follow the typing).
  const admin = await contextAs(browser, DEMO.admin, "en");
  await admin.page.goto("/admin/kb/new");
  await admin.page.locator("#kb-zh-CN-title").fill(zhTitle);
  await admin.page
    .locator("#kb-zh-CN-body")
    .fill("在「账户」>「安全设置」中开启极光护盾。\n\n## 开启步骤\n\n1. 打开安全设置。\n2. 点击开启。");
  await admin.page.locator("#kb-en-title").fill(enTitle);
  await admin.page
    .locator("#kb-en-body")
    .fill(
      `Turn on the ${token} shield under **Account** > **Security**.\n\n## Steps\n\n1. Open Security.\n2. Tap Enable.`,
    );
  await expect(admin.page.getByRole("heading", { name: "Steps", exact: true })).toBeVisible();
  await admin.page.getByLabel("Category").selectOption({ label: "Account & security" });
  await admin.page.getByRole("button", { name: "Save as draft" }).click();
  await expect(admin.page).toHaveURL(/\/admin\/kb\/c[a-z0-9]+$/);
  await expect(admin.page.getByText("Draft", { exact: true })).toBeVisible();

  // A draft is invisible to customers.
  const customer = await contextAs(browser, ZH_CUSTOMER, "zh-CN");
  await customer.page.goto(`/help/search?q=${encodeURIComponent("极光护盾")}`);
  await expect(customer.page.getByText("没有找到相关文章")).toBeVisible();

  // The admin edits (a new revision) and publishes.
  await admin.page
    .locator("#kb-zh-CN-body")
    .fill("在「账户」>「安全设置」中开启极光护盾，约需 1 分钟。\n\n## 开启步骤\n\n1. 打开安全设置。\n2. 点击开启。");
  await admin.page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.page.getByText("Saved. A new revision was recorded.")).toBeVisible();
  await admin.page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.page.getByText("Published", { exact: true })).toBeVisible();
  await admin.page.getByRole("link", { name: "History" }).click();
  await expect(admin.page.getByText(/· 3 revisions/)).toBeVisible();

  // The customer searches from the help center home, in Chinese, for a phrase inside the title.
  await customer.page.goto("/help");
  await customer.page.getByRole("searchbox", { name: "搜索文章" }).fill("极光护盾");
  await customer.page.getByRole("searchbox", { name: "搜索文章" }).press("Enter");
  await expect(customer.page).toHaveURL(/\/help\/search\?q=/);
  await expect(customer.page.getByRole("heading", { name: zhTitle })).toBeVisible();

  // Search as you type: a new query replaces the results without a page load.
  const input = customer.page.getByRole("searchbox", { name: "搜索文章" });
  await input.fill("zzqxv");
  await expect(customer.page.getByText("没有找到相关文章")).toBeVisible();
  await input.fill(token);
  await expect(customer.page.getByRole("heading", { name: zhTitle })).toBeVisible();
  await expect(customer.page).toHaveURL(new RegExp(`q=${token}`));

  // The customer opens it and says it did not help, with a comment.
  await customer.page.getByRole("heading", { name: zhTitle }).click();
  await expect(customer.page.getByRole("heading", { level: 1, name: zhTitle })).toBeVisible();
  await expect(customer.page.getByText("约需 1 分钟")).toBeVisible();
  await customer.page.getByRole("button", { name: "没有帮助" }).click();
  await customer.page.getByLabel("您想找的是什么内容？（选填）").fill("想知道开启后能否关闭");
  await customer.page.getByRole("button", { name: "提交" }).click();
  await expect(customer.page.getByText("感谢您的反馈。")).toBeVisible();

  // The admin's report lists the article among the least helpful, with the comment.
  await admin.page.goto("/admin/kb/report?days=7");
  const row = admin.page.getByRole("row", { name: new RegExp(enTitle) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("想知道开启后能否关闭");
  // The table exports as CSV, with the comment.
  const download = admin.page.waitForEvent("download");
  await admin.page.getByRole("link", { name: "Export “Least helpful articles” as CSV" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFArticle,Helpful,Yes,No,Recent comments");
  expect(csv).toContain("想知道开启后能否关闭");
  await admin.context.close();
  await customer.context.close();
});
