import { expect, test, type Page } from "@playwright/test";
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
    route.fulfill({ contentType: "text/html", body: `<!doctype html><iframe id="f" src="${target}" width="600" height="400"></iframe>` }),
  );
  await page.goto(`${origin}/`);
  const handle = await page.locator("#f").elementHandle();
  return handle!.contentFrame();
}

// The framing pages below come from Playwright, which Chromium counts as public sites; its Local Network Access
// checks would block them from framing a local server before any header of ours is read.
const launch = { args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults"] };
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ...launch } });

test.describe("security headers", () => {
  test("pages run under the nonce CSP without a single violation, signed in and out", async ({ browser, page, baseURL }) => {
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

  test("the console cannot be framed by another origin, not even another port of this host", async ({ browser, baseURL }) => {
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
