import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { contextAs, DEMO } from "./fixtures/auth";

/** Collects what Chromium reports about Content-Security-Policy on this page. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|frame)/i.test(message.text())) found.push(message.text());
  });
  return found;
}

/** A page on another origin (answered by Playwright, never the network) that frames `target`. */
async function frameFrom(page: Page, origin: string, target: string) {
  await page.route(`${origin}/`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><iframe id="f" src="${target}" width="600" height="400"></iframe>`,
    }),
  );
  await page.goto(`${origin}/`);
  const handle = await page.locator("#f").elementHandle();
  return handle!.contentFrame();
}

// The framing pages below come from Playwright, which Chromium counts as public sites; its Local Network Access
// checks would block them from framing a local server before any header of ours is read.
const launch = {
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults",
  ],
};
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ...launch } });

test.describe("security headers", () => {
  test("pages run under the nonce CSP without a single violation, signed in and out", async ({
    browser,
    page,
    baseURL,
  }) => {
    const violations = cspViolations(page);
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO.customer);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: /Log in|登录/ }).click();
    await expect(page.getByTestId("user-name")).toBeVisible();
    await page.goto("/chat");
    await page.goto("/help");
    expect(violations).toEqual([]);

    const { context, page: console } = await contextAs(browser, DEMO.securityAgent);
    const agentViolations = cspViolations(console);
    const response = await console.goto("/console");
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
    expect(response?.headers()["content-security-policy"]).not.toContain("unsafe-inline' ;");
    await expect(console.getByRole("navigation").first()).toBeVisible();
    expect(agentViolations).toEqual([]);
    await context.close();
    expect(baseURL).toBeTruthy();
  });

  test("the console cannot be framed by another origin, not even another port of this host", async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.securityAgent);
    const frame = await frameFrom(page, "http://localhost:1", `${baseURL}/console`);
    await page.waitForTimeout(1000);
    // A frame Chromium refused holds its error page, never the console.
    await expect(frame!.getByRole("navigation")).toHaveCount(0);
    expect(await frame!.content()).not.toContain("console");
    await context.close();
  });

  test("the widget may be framed by a site in ALLOWED_ORIGINS, and not by others", async ({ page, baseURL }) => {
    const allowed = await frameFrom(page, "http://partner.localhost", `${baseURL}/widget`);
    await expect(allowed!.getByRole("button").first()).toBeVisible();
    const refused = await frameFrom(page, "http://evil.localhost", `${baseURL}/widget`);
    await page.waitForTimeout(1000);
    await expect(refused!.getByRole("button")).toHaveCount(0);
  });
});

test.describe("the widget's handover", () => {
  test("the loader hands a kept token over by postMessage; a token in the URL fragment is ignored", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.route("http://partner.localhost/", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Partner</title><script src="${baseURL}/widget.js" data-locale="en" async></script>`,
      }),
    );
    await page.goto("http://partner.localhost/");
    await page.getByRole("button", { name: "Chat with us" }).click();
    const widget = page.frameLocator("iframe.bcn-frame");
    const name = `Handover ${Date.now().toString(36)}`;
    await widget.getByLabel("Your name").fill(name);
    await widget.getByLabel("Email").fill(`handover.${Date.now()}@example.com`);
    await widget.getByLabel("How can we help?").fill("Hello from the partner site");
    await widget.getByRole("button", { name: "Start chat" }).click();
    await expect(widget.getByTestId("message")).toHaveCount(2);
    // The token reached the host page (posted to its origin) ...
    const token = await page.evaluate(() => localStorage.getItem("beacon.widget.token"));
    expect(token).toMatch(/^[^.]+\.[0-9a-z]+\.[\w-]+$/);
    expect(
      await page
        .frameLocator("iframe.bcn-frame")
        .locator("body")
        .evaluate(() => location.href),
    ).not.toContain("token");

    // ... and comes back by postMessage after a reload, even with this origin's storage of the iframe cleared.
    await page.reload();
    await page.getByRole("button", { name: "Chat with us" }).click();
    await expect(widget.getByText("Hello from the partner site")).toBeVisible();

    // Someone else's link with a token in the fragment does not take over a fresh visitor's widget.
    const stranger = await browser.newContext({ locale: "en-US" });
    const other = await stranger.newPage();
    await other.goto(`/widget#token=${encodeURIComponent(token!)}`);
    await expect(other.getByLabel("Your name")).toBeVisible();
    await expect(other.getByText("Hello from the partner site")).toHaveCount(0);
    await stranger.close();
    await context.close();
  });
});

test.describe("API edges as a browser meets them", () => {
  test("a wrong method is a 405 with the error shape; broken %-encoding is a 4xx", async ({ request }) => {
    const wrong = await request.put("/api/v1/me", { headers: { "accept-language": "en" } });
    expect(wrong.status()).toBe(405);
    expect(await wrong.json()).toEqual({
      error: { code: "METHOD_NOT_ALLOWED", message: "This endpoint does not accept PUT." },
    });
    for (const path of [
      "/api/v1/tickets/%E0%A4%A",
      "/api/v1/conversations/%E0%A4%A/messages",
      "/tickets/%E0%A4%A",
      "/help/articles/%E0%A4%A",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeGreaterThanOrEqual(400);
      expect(response.status(), path).toBeLessThan(500);
    }
  });
});

test.describe("sessions", () => {
  test("logging out ends the session on the server: a copy of the cookie taken before stops working", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    const { context, page } = await contextAs(browser, DEMO.customer);
    const copied = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
    const replay = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `${copied.name}=${copied.value}` },
    });
    expect((await (await replay.get("/api/v1/me")).json()).user).not.toBeNull();
    await page.goto("/help");
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
    expect((await (await replay.get("/api/v1/me")).json()).user).toBeNull();
    await replay.dispose();
    await context.close();
  });
});
