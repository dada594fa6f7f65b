import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { contextAs, DEMO } from "./fixtures/auth";

// A 64×40 orange PNG.
const IMAGE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAoCAIAAADBrGu+AAAAPUlEQVR42u3PMQ0AAAgDsP1IRjc/GjhJmtRAM12vRUBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEDgYgFv2M7Tz/A7FAAAAABJRU5ErkJggg==",
  "base64",
);

/** The customer starts a chat from the pre-chat form on /chat; the bot answers first, then they ask for a person. */
async function startAsGuest(page: Page, name: string) {
  await page.goto("/chat");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(`${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.com`);
  await page.getByLabel("What is it about?").selectOption("withdrawals");
  await page.getByLabel("How can we help?").fill("My ETH withdrawal has been pending for two hours.");
  await page.getByRole("button", { name: "Start chat" }).click();
  await expect(page.getByTestId("message")).toHaveCount(2); // theirs and the bot's
  await page.getByTestId("talk-to-human").click();
  await expect(page.getByTestId("chat-status")).toContainText("Waiting for an agent");
}

/** The agent takes the customer's chat from the live queue in the console. */
async function accept(agent: Page, customerName: string) {
  await agent.goto("/console");
  await agent.getByTestId("inbox-queue").filter({ hasText: customerName }).getByTestId("accept").click();
  await expect(agent).toHaveURL(/\/console\/chats\//);
  await expect(agent.getByTestId("conversation-status")).toHaveText(/Active|进行中/);
}

test.describe("live chat", () => {
  test("a customer and an agent chat: typing both ways, read receipts, an image, closing and rating", async ({
    browser,
  }) => {
    const customerContext = await browser.newContext({ locale: "en-US" });
    const customer = await customerContext.newPage();
    const { context: agentContext, page: agent } = await contextAs(browser, DEMO.agent);
    const name = `Mia ${Date.now().toString(36)}`;

    await startAsGuest(customer, name);
    await accept(agent, name);
    await expect(customer.getByTestId("system-message")).toContainText("joined the chat");

    // The agent types: the customer sees it, then the reply.
    const agentInput = agent.getByTestId("composer-input");
    await agentInput.pressSequentially("Hi, let me check that withdrawal", { delay: 30 });
    await expect(customer.getByTestId("typing-indicator")).toBeVisible();
    await agentInput.press("Enter");
    await expect(customer.getByRole("log").getByText("Hi, let me check that withdrawal")).toBeVisible();
    await expect(customer.getByTestId("typing-indicator")).toHaveCount(0);

    // The customer has read it (the chat is on screen), so the agent sees "read" under the reply.
    await expect(agent.getByTestId("read-receipt")).toBeVisible();

    // The customer types: the agent sees it; the agent reads the answer, the customer sees "Read".
    const customerInput = customer.getByTestId("composer-input");
    await customerInput.pressSequentially("Thank you!", { delay: 30 });
    await expect(agent.getByTestId("typing-indicator")).toBeVisible();
    await customerInput.press("Enter");
    await expect(agent.getByRole("log").getByText("Thank you!")).toBeVisible();
    await expect(customer.getByTestId("read-receipt")).toHaveText("Read");
    await expect(
      customer.locator('[data-testid="message"][data-mine="true"] [data-testid="delivery-state"]').last(),
    ).toHaveAttribute("data-state", "read");

    // An image: uploaded, sent, previewed on the other side (and loaded: it has real pixels).
    await customer
      .getByTestId("composer-file")
      .setInputFiles({ name: "tx-screenshot.png", mimeType: "image/png", buffer: IMAGE });
    await expect(customer.getByTestId("composer-send")).toBeEnabled();
    await customer.getByTestId("composer-send").click();
    const preview = agent.getByTestId("attachment-image");
    await expect(preview).toBeVisible();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);

    // An internal note never shows on the customer's side.
    await agent.getByRole("radio", { name: /Internal note|内部备注/ }).click();
    await agentInput.fill("Checked the hot wallet queue");
    await agentInput.press("Enter");
    await expect(agent.getByRole("log").getByText("Checked the hot wallet queue")).toBeVisible();

    // The agent closes; the customer rates.
    await agent.getByTestId("close-conversation").click();
    await agent.getByTestId("close-confirm").click();
    await expect(customer.getByTestId("closed-panel")).toBeVisible();
    await expect(customer.getByText("Checked the hot wallet queue")).toHaveCount(0);
    await customer.getByRole("radio", { name: "Good" }).check({ force: true });
    await customer.getByPlaceholder("Anything you'd like to add? (optional)").fill("Quick and clear");
    await customer.getByTestId("rating-submit").click();
    await expect(customer.getByTestId("rating-thanks")).toHaveText("Thank you for rating us 4/5!");
    await expect(agent.getByText("★ 4/5")).toBeVisible();

    await customerContext.close();
    await agentContext.close();
  });

  test("the widget on another page: pre-chat form in the iframe, unread badge on the launcher", async ({ browser }) => {
    const visitorContext = await browser.newContext({ locale: "en-US" });
    const visitor = await visitorContext.newPage();
    const { context: agentContext, page: agent } = await contextAs(browser, DEMO.agent);
    const name = `Widget ${Date.now().toString(36)}`;

    await visitor.goto("/widget-demo.html");
    await visitor.getByRole("button", { name: "Chat with us" }).click();
    const widget = visitor.frameLocator("iframe.bcn-frame");
    // Whether anyone is online, said in words (the widget gets its own set of messages: none may be missing).
    await expect(widget.getByTestId("chat-status")).toHaveText(
      /^(We usually reply within a few minutes|Nobody from our team is online.*)$/,
    );
    await widget.getByLabel("Your name").fill(name);
    await widget.getByLabel("Email").fill(`widget.${Date.now()}@example.com`);
    await widget.getByLabel("How can we help?").fill("Hello from the widget");
    await widget.getByRole("button", { name: "Start chat" }).click();
    await expect(widget.getByTestId("message")).toHaveCount(2);
    await widget.getByTestId("talk-to-human").click();
    await expect(widget.getByTestId("chat-status")).toContainText("Waiting for an agent");
    await widget.getByRole("button", { name: "Minimise chat" }).click();

    await accept(agent, name);
    await agent.getByTestId("composer-input").fill("Hello! How can I help?");
    await agent.getByTestId("composer-input").press("Enter");
    await expect(visitor.locator(".bcn-badge")).toHaveText("1");
    // Minimised, the reply is not read yet: the agent sees no receipt until the visitor opens the chat.
    await agent.waitForTimeout(500);
    await expect(agent.getByTestId("read-receipt")).toHaveCount(0);

    await visitor.getByRole("button", { name: "Chat with us" }).click();
    await expect(widget.getByText("Hello! How can I help?")).toBeVisible();
    await expect(visitor.locator(".bcn-badge")).toBeHidden();
    await expect(agent.getByTestId("read-receipt")).toBeVisible();
    await visitorContext.close();
    await agentContext.close();
  });

  test("the widget's own JavaScript stays within 60 kB gzipped beyond what every page loads; the loader within 10 kB", async ({
    page,
  }) => {
    // What a visitor downloads for /widget, minus what any page of the site loads (React, Next.js, the app shell),
    // measured on the production build's real chunks.
    const scripts = async (path: string) => {
      const seen = new Map<string, number>();
      const listener = async (response: import("@playwright/test").Response) => {
        if (response.request().resourceType() === "script" && response.ok())
          seen.set(new URL(response.url()).pathname, gzipSync(await response.body()).length);
      };
      page.on("response", listener);
      await page.goto(path, { waitUntil: "networkidle" });
      page.off("response", listener);
      return seen;
    };
    const baseline = await scripts("/no-such-page");
    const widget = await scripts("/widget");
    const own = [...widget].filter(([path]) => !baseline.has(path));
    const ownBytes = own.reduce((sum, [, size]) => sum + size, 0);
    const shared = [...widget].filter(([path]) => baseline.has(path)).reduce((sum, [, size]) => sum + size, 0);
    console.info(
      `widget: ${(ownBytes / 1024).toFixed(1)} kB gzipped of its own in ${own.length} chunks, beside ${(shared / 1024).toFixed(1)} kB every page loads`,
    );
    expect(own.length).toBeGreaterThan(0);
    expect(ownBytes).toBeLessThanOrEqual(60 * 1024);

    const loader = await page.request.get("/widget.js");
    const loaderBytes = gzipSync(await loader.body()).length;
    console.info(`loader: ${(loaderBytes / 1024).toFixed(1)} kB gzipped`);
    expect(loaderBytes).toBeLessThanOrEqual(10 * 1024);
  });

  for (const locale of ["en-US", "zh-CN"]) {
    test(`the customer chat, the widget and the console have no WCAG A/AA violations (${locale})`, async ({
      browser,
    }) => {
      const scan = async (page: Page) => {
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      };
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto("/chat");
      await scan(page);
      await page.goto("/widget");
      await scan(page);
      await page.locator("#prechat-name").fill("Ally");
      await page.locator("#prechat-email").fill(`ally.${Date.now()}@example.com`);
      await page.locator("#prechat-message").fill("**Bold**, `code` and https://example.com");
      await page.getByTestId("prechat-submit").click();
      await expect(page.getByTestId("message")).toHaveCount(2);
      await scan(page);
      await page.getByTestId("talk-to-human").click();
      await expect(page.getByTestId("chat-status")).not.toHaveText(/Beacon assistant|智能助手|help center|帮助中心/);
      const { context: agentContext, page: agent } = await contextAs(browser, DEMO.agent, locale);
      await agent.goto("/console");
      await scan(agent);
      await agent.getByTestId("inbox-queue").first().getByRole("link").click();
      await expect(agent.getByTestId("customer-panel")).toBeVisible();
      await scan(agent);
      await context.close();
      await agentContext.close();
    });
  }
});
