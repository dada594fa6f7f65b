import { expect, test } from "./fixtures/axe";
import { contextAs, DEMO } from "./fixtures/auth";

test.describe("accounts", () => {
  test("a customer registers, is logged in, logs out and logs back in", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const email = `e2e-${Date.now()}@example.com`;

    await page.goto("/register");
    await page.getByLabel("Name").fill("Erin E2E");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Must be at least 8 characters.")).toBeVisible();

    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("user-name")).toHaveText("Erin E2E");

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("The email or password is incorrect.");
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByTestId("user-name")).toHaveText("Erin E2E");
    await context.close();
  });

  test("an agent lands in the console and sees their teams", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO.securityAgent);
    await page.getByLabel("Password").fill(DEMO.password);
    await page.getByRole("button", { name: /Log in|登录/ }).click();
    await expect(page).toHaveURL(/\/console$/);
    await expect(page.getByTestId("socket-state")).toHaveText(/Live|已连接/);
  });

  test("after 5 failed logins the next attempt gets a 429 with a clear message", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const email = `locked-${Date.now()}@example.com`;
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    const attempt = () => page.waitForResponse((r) => r.url().endsWith("/api/auth/callback/credentials"));
    for (let i = 0; i < 5; i++) {
      const refused = attempt();
      await page.getByLabel("Password").fill(`guess ${i}`);
      await page.getByRole("button", { name: "Log in" }).click();
      expect((await refused).status()).toBe(401);
      await expect(page.getByTestId("form-error")).toHaveText("The email or password is incorrect.");
    }
    const blocked = attempt();
    await page.getByLabel("Password").fill("guess 6");
    await page.getByRole("button", { name: "Log in" }).click();
    expect((await blocked).status()).toBe(429);
    await expect(page.getByTestId("form-error")).toContainText("Too many failed login attempts");
    await context.close();
  });
});

test.describe("who may open what", () => {
  test("an agent is refused /admin with a 403 page in their saved language", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.agent, "en-US"); // the agent's account says zh-CN
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    await context.close();
  });

  test("a customer is refused /console, an anonymous visitor is sent to log in", async ({ browser, page }) => {
    const { context, page: customerPage } = await contextAs(browser, DEMO.customer, "zh-CN"); // the account says en
    const response = await customerPage.goto("/console");
    expect(response?.status()).toBe(403);
    await expect(customerPage.getByRole("heading", { name: "No access" })).toBeVisible();
    await context.close();

    await page.goto("/console");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fconsole|\/login\?callbackUrl=\/console/);
  });

  test("an admin opens the admin overview with the routing table", async ({ browser }) => {
    const { context, page } = await contextAs(browser, DEMO.admin);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Account compromised" })).toBeVisible();
    await context.close();
  });
});

test.describe("language and errors", () => {
  test("the switcher changes the language, and the 404 page follows it", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("有什么可以帮您？");
    await page.getByTestId("locale-switcher").selectOption("en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How can we help?");

    const missing = await page.goto("/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await context.close();
  });

  test("the API answers bad JSON with a 400 and unknown paths with a 404, in the error shape", async ({ request }) => {
    const bad = await request.post("/api/v1/auth/register", {
      headers: { "content-type": "application/json", "accept-language": "en" },
      data: Buffer.from("{nope"),
    });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: "BAD_REQUEST", message: "The request body is not valid JSON." },
    });

    const unknown = await request.get("/api/v1/nothing-here", { headers: { "accept-language": "zh-CN" } });
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "NOT_FOUND", message: "该地址没有对应的 API。" } });

    const health = await request.get("/api/health");
    expect(await health.json()).toMatchObject({ status: "ok", db: "ok" });
  });
});
