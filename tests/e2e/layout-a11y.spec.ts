import type { Browser, Page } from "@playwright/test";
import { checkAxe, expect, test } from "./fixtures/axe";
import { DEMO, signIn } from "./fixtures/auth";

// Every portal page a customer reaches and the agent's conversation, at a phone's and a laptop's width, in each
// language: nothing scrolls sideways, nothing sits outside the screen, the key controls are there, and axe finds no
// serious or critical violation. One browser context per person and language; the widths are switched in place.
const LANGUAGES = ["en", "zh-CN", "ru"] as const;
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 900 };
/** The console is for desks, not phones: it must work from 1024 px. */
const SMALL_DESK = { width: 1024, height: 768 };
const SHOTS = process.env.LAYOUT_SHOTS; // set to a folder to keep a screenshot of every state

type Language = (typeof LANGUAGES)[number];
type State = { name: string; path: string; keys: string[] };

/** What overflows: the page's own sideways scroll and any key element reaching past the viewport's edges. */
async function layoutProblems(page: Page, keys: string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const scroll = document.scrollingElement!.scrollWidth;
    if (scroll > width) problems.push(`page scrolls sideways: ${scroll} > ${width}`);
    for (const selector of selectors) {
      const element = document.querySelector(selector);
      if (!element) {
        problems.push(`${selector}: missing`);
        continue;
      }
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) problems.push(`${selector}: not shown`);
      else if (box.left < -1 || box.right > width + 1)
        problems.push(`${selector}: outside the viewport (${Math.round(box.left)}…${Math.round(box.right)})`);
    }
    return problems;
  }, keys);
}

let checked = 0;

async function check(page: Page, state: State, language: Language, width: string, findings: string[]) {
  const label = `${language}-${width}`;
  checked += 1;
  await page.goto(state.path);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  for (const problem of await layoutProblems(page, state.keys)) findings.push(`${label} ${state.name}: ${problem}`);
  await checkAxe(page); // its findings fail the test through the fixture, with the other states it reached
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${state.name}-${label}.png` });
}

/** The transfer dialog and the shortcuts list: named, focus kept inside, Escape closes, focus goes back. */
async function dialogsWork(page: Page, language: Language) {
  for (const [opener, described] of [
    [page.getByTestId("transfer-conversation"), true],
    [page.getByRole("button", { name: /^(Keyboard shortcuts|键盘快捷键|Сочетания клавиш)$/ }), false],
  ] as const) {
    await opener.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAccessibleName(/.+/);
    if (described) await expect(dialog).toHaveAccessibleDescription(/.+/);
    await expect(dialog.locator(":focus")).toHaveCount(1);
    await page.keyboard.press("Shift+Tab");
    await expect(dialog.locator(":focus"), `${language}: Shift+Tab stays in the dialog`).toHaveCount(1);
    await checkAxe(page);
    if (SHOTS && described) await page.screenshot({ path: `${SHOTS}/transfer-dialog-${language}-1280.png` });
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  }
}

/** A visitor with a chat waiting for an agent and a ticket: every portal state they can reach. */
async function customerStates(browser: Browser, language: Language) {
  // The language rides on Accept-Language for the page and for the API calls that make the guest.
  const context = await browser.newContext({
    locale: language,
    viewport: PHONE,
    extraHTTPHeaders: { "Accept-Language": language },
  });
  const page = await context.newPage();
  const email = `layout.${language}.${Date.now()}@example.com`;
  const chat = await page.request.post("/api/v1/conversations", {
    data: {
      name: "Layout Visitor",
      email,
      topic: "withdrawals",
      message: { clientId: crypto.randomUUID(), body: "Hi" },
    },
  });
  expect(chat.status()).toBe(201);
  const conversationId = (await chat.json()).conversation.id as string;
  const ticket = await page.request.post("/api/v1/tickets", {
    headers: { "x-beacon-device": crypto.randomUUID() }, // as the portal's client sends it
    data: { topic: "deposits", subject: "Deposit not credited", description: "My USDT deposit is missing.", email },
  });
  expect(ticket.status()).toBe(201);
  const tracking = new URL((await ticket.json()).ticket.trackingUrl);
  // The chat waits for a person, so the status line is the long one ("you are #1 in line …").
  await page.goto("/chat");
  await page.getByTestId("talk-to-human").click();
  await expect(page.getByTestId("chat-status")).not.toBeEmpty();

  const header = ["header a[href='/']"];
  const states: State[] = [
    { name: "home", path: "/", keys: [...header, "main h1"] },
    { name: "help", path: "/help", keys: [...header, "main h1", "main input[type='search']"] },
    { name: "article", path: "/help/articles/enable-2fa", keys: [...header, "main h1"] },
    { name: "chat", path: "/chat", keys: [...header, "[data-testid='chat-status']", "[data-testid='composer-input']"] },
    { name: "ticket-new", path: "/tickets/new", keys: [...header, "main h1", "[data-testid='ticket-submit']"] },
    {
      name: "tracking",
      path: tracking.pathname + tracking.search,
      keys: [...header, "[data-testid='ticket-ref']", "[data-testid='customer-reply']", "[data-testid='send-reply']"],
    },
  ];
  return { context, page, states, conversationId };
}

for (const language of LANGUAGES) {
  test(`the portal and the agent's conversation hold at a phone's and a laptop's width, in ${language}`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const findings: string[] = [];
    const customer = await customerStates(browser, language);
    const agent = await browser.newContext({ locale: language, viewport: LAPTOP });
    await signIn(agent.request, DEMO.agent);
    const agentPage = await agent.newPage();
    await agentPage.request.post("/api/v1/me/locale", { data: { locale: language } });
    try {
      expect((await agentPage.request.post(`/api/v1/conversations/${customer.conversationId}/accept`)).status()).toBe(
        200,
      );
      for (const [label, viewport] of [
        ["390", PHONE],
        ["1280", LAPTOP],
      ] as const) {
        await customer.page.setViewportSize(viewport);
        for (const state of customer.states) await check(customer.page, state, language, label, findings);
      }

      // The phone header: one row, every link in the menu, the menu works with a keyboard alone.
      await customer.page.setViewportSize(PHONE);
      await customer.page.goto("/help");
      const menu = customer.page.getByTestId("mobile-menu");
      // A keyboard user whose mouse rests where the menu opens (a pointer move then must not take the focus).
      await customer.page.mouse.move(PHONE.width / 2, 150);
      await menu.focus();
      await customer.page.keyboard.press("Enter");
      await expect(customer.page.getByRole("menuitem").first()).toBeFocused();
      await expect(customer.page.getByRole("menuitem", { name: /.+/ })).toHaveCount(5); // 3 links, log in, sign up
      await customer.page.keyboard.press("ArrowDown");
      await expect(customer.page.getByRole("menuitem").nth(1)).toBeFocused();
      await customer.page.keyboard.press("Escape");
      await expect(customer.page.getByRole("menu")).toHaveCount(0);
      await expect(menu).toBeFocused();
      // The chat takes the screen under the header, its composer at the bottom.
      await customer.page.goto("/chat");
      const composer = (await customer.page.getByTestId("composer-input").boundingBox())!;
      expect(composer.y + composer.height).toBeGreaterThan(PHONE.height - 160);
      expect(composer.y + composer.height).toBeLessThanOrEqual(PHONE.height);
      // The keys and formatting hint under it fit on one line.
      const hint = customer.page.getByTestId("composer-hint");
      expect((await hint.boundingBox())!.height, `${language}: the composer hint is one line`).toBeLessThan(24);
      expect(await hint.evaluate((line) => line.scrollWidth <= line.clientWidth), `${language}: the hint fits`).toBe(
        true,
      );
      if (SHOTS) await customer.page.screenshot({ path: `${SHOTS}/chat-composer-${language}-390.png` });
      // The chat menu and the emoji grid (loaded on first use): open on a press, arrows move, Escape gives focus back.
      await customer.page.getByTestId("chat-menu").click();
      await expect(customer.page.getByTestId("end-chat")).toBeVisible();
      await customer.page.keyboard.press("Escape");
      await expect(customer.page.getByTestId("chat-menu")).toBeFocused();
      await customer.page.getByRole("button", { name: /^(Insert emoji|插入表情|Вставить эмодзи)$/ }).click();
      const grid = customer.page.getByTestId("emoji-picker");
      await expect(grid.getByRole("button").first()).toBeFocused();
      await customer.page.keyboard.press("ArrowRight");
      await expect(grid.getByRole("button").nth(1)).toBeFocused();
      await customer.page.keyboard.press("Escape");
      await expect(grid).toHaveCount(0);

      const conversation: State = {
        name: "console-conversation",
        path: `/console/chats/${customer.conversationId}`,
        keys: ["[data-testid='conversation-status']", "[data-testid='composer-input']", "main h1"],
      };
      for (const [label, viewport] of [
        ["1024", SMALL_DESK],
        ["1280", LAPTOP],
      ] as const) {
        await agentPage.setViewportSize(viewport);
        await check(agentPage, conversation, language, label, findings);
        // The header holds: the customer's name is readable and the status is one line, not a column of characters.
        const name = (await agentPage.locator("main h1 span").first().boundingBox())!;
        expect(name.width, `${language}-${label}: the customer's name is shown`).toBeGreaterThan(40);
        const status = (await agentPage.getByTestId("conversation-status").boundingBox())!;
        expect(status.height, `${language}-${label}: the status is one line`).toBeLessThan(28);
      }
      await dialogsWork(agentPage, language);
      console.log(`${language}: ${checked} page states checked, ${findings.length} layout findings`);
      expect(findings).toEqual([]);
    } finally {
      // The demo agent's chat slot goes back: later journeys accept chats with the same agent.
      await agentPage.request.post(`/api/v1/conversations/${customer.conversationId}/close`);
      await agentPage.request.post("/api/v1/me/locale", { data: { locale: "zh-CN" } });
      await agent.close();
      await customer.context.close();
    }
  });
}
