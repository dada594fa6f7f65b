import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { generateSync } from "otplib";
import { E2E_SMTP_PORT } from "../../playwright.config";
import { startSmtp, type TestSmtp } from "../helpers/smtp";
import { contextAs, DEMO } from "./fixtures/auth";

let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

const PASSWORD = "journey password 1";

/** A new customer account for this journey (never a demo account's state). */
async function newAccount(page: Page, name: string) {
  const email = `${name}-${Date.now()}@example.com`;
  const response = await page.request.post("/api/v1/auth/register", {
    data: { name, email, password: PASSWORD, locale: "en" },
  });
  expect(response.status()).toBe(201);
  return email;
}

async function logInByForm(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** The mail with this subject to `to`, once it arrives. */
async function mailFor(to: string, subject: string) {
  const find = () => smtp.messages.find((m) => JSON.stringify(m.to).includes(to) && m.subject === subject);
  await expect.poll(() => Boolean(find()), { timeout: 30_000 }).toBe(true);
  return find()!;
}

/** Screenshots at desktop and phone width, kept with the test's output for people to look at. */
async function shots(page: Page, info: TestInfo, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: info.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A code for the next 30-second step: the one used at setup is never accepted again. */
const nextCode = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

test("a customer turns on 2FA, signs in with password and code, and sees their devices", async ({ browser }, info) => {
  const context = await browser.newContext({ locale: "en" });
  const page = await context.newPage();
  const email = await newAccount(page, "twofa");
  await logInByForm(page, email);
  await expect(page.getByTestId("user-name")).toBeVisible();

  await page.getByTestId("account-security-link").click();
  await expect(page.getByRole("heading", { name: "Account security" })).toBeVisible();
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await shots(page, info, "account-setup-en");
  await page.getByLabel("Code from the app").fill(generateSync({ secret }));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByTestId("two-factor-on")).toBeVisible();

  // A fresh browser: the password alone opens nothing, the code does.
  const other = await browser.newContext({ locale: "en" });
  const second = await other.newPage();
  await logInByForm(second, email);
  await expect(second).toHaveURL(/\/login\/two-factor/);
  expect((await (await second.request.get("/api/v1/me")).json()).user).toBeNull();
  await shots(second, info, "two-factor-en");
  await second.getByLabel("Code").fill("000000");
  await second.getByRole("button", { name: "Verify" }).click();
  await expect(second.getByTestId("form-error")).toHaveText("That code is not correct, or it was already used.");
  await second.getByLabel("Code").fill(nextCode(secret));
  await second.getByRole("button", { name: "Verify" }).click();
  await expect(second.getByTestId("user-name")).toBeVisible();
  await second.goto("/account/security");
  await expect(second.getByTestId("sessions").locator("li")).toHaveCount(2);
  await expect(second.getByText("This device")).toBeVisible();
  await shots(second, info, "account-en");
  await context.close();
  await other.close();
});

test("a new customer confirms the address from the email they got at sign-up; the banner goes away", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "en" });
  const page = await context.newPage();
  const email = await newAccount(page, "verify");
  await logInByForm(page, email);
  await expect(page.getByTestId("verify-email-banner")).toContainText(email);
  const mail = await mailFor(email, "Confirm your email address");
  const link = new URL(/https?:\/\/\S+\/login\/verify\?token=[\w-]+/.exec(mail.text ?? "")![0]);
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByTestId("verify-done")).toContainText("Your address is confirmed.");
  await page.goto("/tickets");
  await expect(page.getByTestId("verify-email-banner")).toHaveCount(0);
  await context.close();
});

test("a customer who forgot the password resets it by email; the old sessions end", async ({ browser }, info) => {
  const context = await browser.newContext({ locale: "en" });
  const page = await context.newPage();
  const email = await newAccount(page, "forgot");
  await logInByForm(page, email);
  await expect(page.getByTestId("user-name")).toBeVisible();

  const visitor = await (await browser.newContext({ locale: "en" })).newPage();
  await visitor.goto("/login");
  await visitor.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(visitor.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await visitor.getByLabel("Email").fill(email);
  await shots(visitor, info, "forgot-en");
  await visitor.getByRole("button", { name: "Email me a link" }).click();
  await expect(visitor.getByTestId("reset-sent")).toContainText("30 minutes");
  const mail = await mailFor(email, "Reset your Beacon password");
  const link = /https?:\/\/\S+\/login\/reset\?token=\S+/.exec(mail.text ?? "")![0];

  await visitor.goto(new URL(link).pathname + new URL(link).search);
  await visitor.getByLabel("New password").fill("a fresh password 2");
  await visitor.getByRole("button", { name: "Set new password" }).click();
  await expect(visitor.getByTestId("reset-done")).toBeVisible();
  // The browser that was signed in before is signed out.
  await page.reload();
  expect((await (await page.request.get("/api/v1/me")).json()).user).toBeNull();
  await logInByForm(visitor, email, "a fresh password 2");
  await expect(visitor.getByTestId("user-name")).toBeVisible();
  await context.close();
});

test("an admin reads the audit log, filters it and exports CSV; turns on 'staff must use 2FA' and off again", async ({
  browser,
}, info) => {
  const { context, page } = await contextAs(browser, DEMO.admin);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").fill("signin");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=signin/);
  await expect(page.getByTestId("audit-table")).toContainText("signin.");
  await shots(page, info, "audit-en");
  const download = page.waitForEvent("download");
  await page.getByTestId("audit-export").click();
  expect((await download).suggestedFilename()).toMatch(/^beacon-audit-.*\.csv$/);

  await page.goto("/admin/security");
  await shots(page, info, "admin-security-en");
  await expect(page.getByTestId("staff-two-factor")).toBeVisible();
  await context.close();
});

test("the new pages read in Chinese on a phone", async ({ browser }, info) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const email = `zh-${Date.now()}@example.com`;
  await page.request.post("/api/v1/auth/register", {
    data: { name: "王芳", email, password: PASSWORD, locale: "zh-CN" },
  });
  await page.goto("/login/forgot");
  await expect(page.getByRole("heading", { name: "重置密码" })).toBeVisible();
  await shots(page, info, "forgot-zh");
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("user-name")).toBeVisible();
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { name: "账户安全" })).toBeVisible();
  await page.getByRole("button", { name: "设置两步验证" }).click();
  await expect(page.getByTestId("totp-secret")).toBeVisible();
  await shots(page, info, "account-setup-zh");
  await context.close();

  // The demo admin reads English: switched for these pages and back.
  const admin = await contextAs(browser, DEMO.admin, "zh-CN");
  await admin.page.request.post("/api/v1/me/locale", { data: { locale: "zh-CN" } });
  try {
    await admin.page.goto("/admin/audit");
    await expect(admin.page.getByRole("heading", { name: "审计日志" })).toBeVisible();
    await shots(admin.page, info, "audit-zh");
    await admin.page.goto("/admin/security");
    await shots(admin.page, info, "admin-security-zh");
  } finally {
    await admin.page.request.post("/api/v1/me/locale", { data: { locale: "en" } });
  }
  await admin.context.close();
  const visitor = await browser.newContext({ locale: "zh-CN" });
  const two = await visitor.newPage();
  await two.goto("/login/two-factor");
  await shots(two, info, "two-factor-zh");
  await visitor.close();
});
