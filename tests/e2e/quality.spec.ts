import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { E2E_SMTP_PORT } from "../../playwright.config";
import { startSmtp, type TestSmtp } from "../helpers/smtp";
import { contextAs, DEMO, signIn } from "./fixtures/auth";
import { inviteStaff } from "./fixtures/staff";

const SHOTS = process.env.E2E_SCREENSHOTS; // a directory: the journey also saves its pages for a look

let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

async function signedIn(browser: Browser, email: string, password: string, locale = "en-US") {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  await signIn(context.request, email, password);
  return { context, page: await context.newPage() };
}

/** A customer asks for a person about trading: the chat waits in the Trading team's queue. */
async function customerWaiting(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/chat");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(`${name.replace(/\W/g, "").toLowerCase()}.${Date.now()}@example.com`);
  await page.getByLabel("What is it about?").selectOption("trading");
  await page.getByLabel("How can we help?").fill("I need a person, please.");
  await page.getByRole("button", { name: "Start chat" }).click();
  await expect(page.getByTestId("chat-status")).toContainText("Waiting for an agent");
  return page;
}

/** Screenshots at 1280 px in Chinese: the member switches their language, and back to English afterwards. */
async function shootInChinese(browser: Browser, email: string, password: string, pages: [string, string][]) {
  const { context, page } = await signedIn(browser, email, password, "zh-CN");
  await page.goto(pages[0][0]);
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  for (const [path, name] of pages) {
    await page.goto(path);
    await page.screenshot({ path: `${SHOTS}/${name}-1280-zh.png`, fullPage: true });
  }
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
}

test("an admin makes a scorecard, a supervisor reviews an agent's closed chat, and the agent reads the review", async ({
  browser,
}) => {
  test.setTimeout(SHOTS ? 240_000 : 120_000);
  const stamp = Date.now().toString(36);
  const { context: adminContext, page: admin } = await contextAs(browser, DEMO.admin, "en-US");
  await admin.setViewportSize({ width: 1280, height: 900 });
  await admin.goto("/admin/teams");
  const lead = { email: `qa-lead-${stamp}@beacon.test`, name: `Quinn ${stamp}` };
  const leadPassword = await inviteStaff(browser, admin, smtp, { ...lead, role: "SUPERVISOR", teams: ["Trading"] });
  const ava = { email: `qa-ava-${stamp}@beacon.test`, name: `Ava ${stamp}` };
  const avaPassword = await inviteStaff(browser, admin, smtp, { ...ava, role: "AGENT", teams: ["Trading"] });

  // The admin defines the scorecard from the sidebar: three criteria, each named in both languages.
  await admin.getByRole("link", { name: "Scorecards" }).click();
  await expect(admin).toHaveURL(/\/admin\/scorecards$/);
  const form = admin.locator("form").last();
  await form.getByLabel("Name (简体中文)").fill(`服务质量 ${stamp}`);
  await form.getByLabel("Name (English)").fill(`Service quality ${stamp}`);
  const criteria = [
    ["准确性", "Accuracy"],
    ["语气", "Tone"],
    ["流程", "Process"],
  ];
  for (const [index, [zh, en]] of criteria.entries()) {
    if (index > 0) await form.getByRole("button", { name: "Add a criterion" }).click();
    await form.getByLabel(`Criterion ${index + 1} (简体中文)`).fill(zh);
    await form.getByLabel(`Criterion ${index + 1} (English)`).fill(en);
  }
  await form.getByLabel("Active: new reviews use this scorecard").check();
  await form.getByRole("button", { name: "Create scorecard" }).click();
  const card = admin
    .getByTestId("scorecards")
    .getByRole("listitem")
    .filter({ hasText: `Service quality ${stamp}` });
  await expect(card).toContainText("Active");
  await expect(card).toContainText("Accuracy · Tone · Process");
  if (SHOTS) await admin.screenshot({ path: `${SHOTS}/scorecards-1280-en.png`, fullPage: true });
  await adminContext.close();

  // Nobody else of Trading takes the chat: the supervisor sends them offline from the wallboard.
  const { context: leadContext, page: board } = await signedIn(browser, lead.email, leadPassword);
  await board.goto("/console/wallboard");
  await expect(board.getByTestId("wallboard-live")).toHaveText("Live");
  const trading = board.getByRole("region", { name: "Trading" });
  for (const other of ["陈杰", "Sam Carter"]) await trading.getByLabel(`Status of ${other}`).selectOption("OFFLINE");

  // Ava takes the customer's chat from the queue, answers and closes it.
  const customerName = `Tia ${stamp}`;
  const customer = await customerWaiting(browser, customerName);
  const { context: avaContext, page: agent } = await signedIn(browser, ava.email, avaPassword);
  await agent.goto("/console");
  await agent.getByTestId("inbox-queue").filter({ hasText: customerName }).getByTestId("accept").click();
  await expect(agent).toHaveURL(/\/console\/chats\//);
  const chatUrl = new URL(agent.url()).pathname;
  await agent.getByTestId("composer-input").fill("Your order was filled at the limit price.");
  await agent.getByTestId("composer-input").press("Enter");
  await expect(customer.getByRole("log").getByText("Your order was filled at the limit price.")).toBeVisible();
  await agent.getByTestId("close-conversation").click();
  await agent.getByTestId("close-confirm").click();
  await expect(customer.getByTestId("closed-panel")).toBeVisible();
  await customer.context().close();

  // The closed chat links to its review; this week's sample proposes it too.
  await board.goto(chatUrl);
  await expect(board.getByTestId("review-link")).toHaveText("Review this chat");
  if (SHOTS) await board.screenshot({ path: `${SHOTS}/closed-chat-1280-en.png` });
  await board.getByRole("link", { name: "Quality reviews" }).click();
  await expect(board).toHaveURL(/\/console\/reviews$/);
  await board.getByRole("link", { name: "Next week" }).click();
  await expect(board).toHaveURL(/\/console\/reviews\?week=\d{4}-\d\d-\d\d$/);
  const thisWeek = new URL(board.url()).pathname + new URL(board.url()).search;
  const mine = board.getByTestId("weekly-sample").locator("div").filter({ hasText: ava.name });
  await mine.getByRole("row").filter({ hasText: customerName }).getByRole("link", { name: "Review" }).click();
  await expect(board).toHaveURL(new RegExp(`${chatUrl}/review$`));
  await expect(board.getByText(`Handled by ${ava.name}`)).toBeVisible();

  const review = board.getByTestId("review-form");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByText("This field is required.")).toHaveCount(3);
  for (const [criterion, score] of [
    ["Accuracy", "5"],
    ["Tone", "4"],
    ["Process", "3"],
  ])
    await review.getByRole("radiogroup", { name: criterion }).getByText(score, { exact: true }).click();
  await review.getByLabel("Comment on Tone (optional)").fill("Warm, but greet the customer by name.");
  await review.getByLabel("Overall comment (optional)").fill("Clear and correct.");
  if (SHOTS) await board.screenshot({ path: `${SHOTS}/review-form-1280-en.png`, fullPage: true });
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(board.getByTestId("review-percent")).toHaveText("75% overall");
  // The report of Quinn's teams scores Ava's work with it.
  await board.goto("/console/reports?by=agent");
  await expect(board.getByTestId("report-table").getByRole("row").filter({ hasText: ava.name })).toContainText("75%");
  if (SHOTS) {
    await board.goto(thisWeek);
    await expect(board.getByText("Reviewed · 75%").first()).toBeVisible();
    await board.screenshot({ path: `${SHOTS}/reviews-1280-en.png`, fullPage: true });
  }

  // Ava reads her review, with the tone comment; an agent has no review queue.
  await agent.getByRole("link", { name: "My reviews" }).click();
  await expect(agent).toHaveURL(/\/console\/my-reviews$/);
  const read = agent.getByTestId("review").filter({ hasText: customerName });
  await expect(read.getByTestId("review-percent")).toHaveText("75% overall");
  await expect(read).toContainText(`Reviewed by ${lead.name}`);
  await expect(read).toContainText("Warm, but greet the customer by name.");
  await expect(agent.getByRole("link", { name: "Quality reviews" })).toHaveCount(0);
  if (SHOTS) await agent.screenshot({ path: `${SHOTS}/my-reviews-1280-en.png`, fullPage: true });
  expect((await agent.goto(`${chatUrl}/review`))?.status()).toBe(403);

  if (SHOTS) {
    await shootInChinese(browser, ava.email, avaPassword, [["/console/my-reviews", "my-reviews"]]);
    await shootInChinese(browser, lead.email, leadPassword, [
      [thisWeek, "reviews"],
      [`${chatUrl}/review`, "review"],
      ["/console/wallboard", "wallboard"],
    ]);
    await shootInChinese(browser, DEMO.admin, DEMO.password, [["/admin/scorecards", "scorecards"]]);
  }
  await avaContext.close();
  await leadContext.close();
});
