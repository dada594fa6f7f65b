import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { contextAs, DEMO } from "./fixtures/auth";

// Issue 13: the message's language wins over the account's; a theft in every language goes straight to the urgent
// lane with the safety steps listed; with nobody of the team online the customer is told at once and leaves a message.
// No demo agent is ONLINE in the e2e database (agents go online only by choosing it in the console).

async function guestChat(browser: Browser, locale: string, message: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto("/chat");
  return {
    context,
    page,
    start: async (labels: { name: string; email: string; message: string; start: string }) => {
      await page.getByLabel(labels.name).fill(`Visitor ${Date.now().toString(36)}`);
      await page.getByLabel(labels.email).fill(`visitor.${Date.now()}@example.com`);
      await page.getByLabel(labels.message).fill(message);
      await page.getByRole("button", { name: labels.start }).click();
    },
  };
}

const EN = { name: "Your name", email: "Email", message: "How can we help?", start: "Start chat" };
const ZH = { name: "称呼", email: "邮箱", message: "请问有什么可以帮您？", start: "开始咨询" };
const RU = { name: "Ваше имя", email: "Эл. почта", message: "Чем мы можем помочь?", start: "Начать чат" };

test("a Chinese question on an English account is answered in Chinese", async ({ browser }) => {
  const { context, page } = await contextAs(browser, DEMO.customer, "en-US"); // Alice's account is English
  await page.goto("/chat");
  await page.getByTestId("composer-input").fill("提币一直卡在审核中怎么办");
  await page.getByTestId("composer-input").press("Enter");
  const log = page.getByRole("log");
  await expect(log.getByText("我在帮助中心找到了这篇文章：")).toBeVisible();
  await expect(log.getByRole("link", { name: "提现一直显示「审核中」或「处理中」怎么办" }).first()).toHaveAttribute(
    "href",
    "/help/articles/withdrawal-pending",
  );
  await expect(page.getByText("Did this help?")).toBeVisible(); // the page itself stays in the account's language
  await context.close();
});

for (const [locale, labels, text, team] of [
  ["en-US", EN, "someone stole my coins", "account-security team"],
  ["zh-CN", ZH, "我的币被偷了", "账户安全团队"],
  ["ru-RU", RU, "у меня украли все монеты", "команде безопасности аккаунтов"],
] as const) {
  test(`a theft message goes to the urgent lane with the safety steps listed (${locale})`, async ({ browser }) => {
    const chat = await guestChat(browser, locale, text);
    await chat.start(labels);
    const log = chat.page.getByRole("log");
    await expect(log.getByText(team, { exact: false })).toBeVisible();
    await expect(log.getByText(/1\. [\s\S]+2\. [\s\S]+3\. /)).toBeVisible();
    await expect(chat.page.getByTestId("chat-status")).toContainText(/#\d+ in line|第 \d+ 位|#\d+ в очереди/);
    await chat.context.close();
  });
}

test("with nobody online the customer is told at once and leaves a message", async ({ browser }) => {
  const chat = await guestChat(browser, "en-US", "I want to talk to a human");
  await expect(chat.page.getByTestId("chat-status")).toHaveText("Nobody from our team is online right now");
  await expect(chat.page.getByTestId("presence-dot")).toHaveAttribute("data-online", "no");
  await expect(chat.page.getByText(/usually reply within/)).toHaveCount(0);
  await chat.start(EN);
  const log = chat.page.getByRole("log");
  await expect(
    log.getByText(/Nobody from our team is online right now\. You can stay in line, or leave a message/),
  ).toBeVisible();
  await expect(
    chat.page.getByRole("status").filter({ hasText: "Nobody from our team is online right now. Leave a message" }),
  ).toBeVisible();
  await chat.page.getByTestId("leave-message").click();
  await expect(
    log.getByText(/your message is now ticket BCN-\d+\. We will reply by email to visitor\.\d+@example\.com/),
  ).toBeVisible();
  await chat.context.close();
});
