import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { E2E_SMTP_PORT } from "../../playwright.config";
import { startSmtp, type TestSmtp } from "../helpers/smtp";
import { contextAs, DEMO, signIn } from "./fixtures/auth";
import { inviteStaff } from "./fixtures/staff";

let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = await startSmtp(E2E_SMTP_PORT);
});
test.afterAll(async () => {
  await smtp?.close();
});

// The journey: a supervisor (given the role on the admin Teams page) watches the board; the API team's last
// agent goes offline while a customer waits, the board raises the alert, the supervisor moves the chat to KYC, and
// the customer's estimate changes.

/** What a customer is told once there is an estimate at all. */
const ESTIMATE = /about \d+ min|longer than usual/;

async function customerWaiting(browser: Browser, topic: string, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/chat");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(`${name.replace(/\W/g, "").toLowerCase()}.${Date.now()}@example.com`);
  await page.getByLabel("What is it about?").selectOption(topic);
  await page.getByLabel("How can we help?").fill("I need a person, please.");
  await page.getByRole("button", { name: "Start chat" }).click();
  // Asking for a person in the first words hands the chat over without the bot's answer.
  await expect(page.getByRole("log").getByText(/connecting you with an agent/)).toBeVisible();
  return page;
}

test("a supervisor sees the unstaffed alert, moves the waiting chat to another team, and the customer's estimate changes", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const { context: adminContext, page: admin } = await contextAs(browser, DEMO.admin, "en-US");
  const email = `lead-${stamp}@beacon.test`;
  await admin.goto("/admin/teams");
  const password = await inviteStaff(browser, admin, smtp, {
    email,
    name: "Lee Lead",
    role: "SUPERVISOR",
    teams: ["API", "KYC"],
  });
  // An agent of KYC alone, so earlier journeys' waiting chats (urgent ones go to account security) cannot take their slot.
  const kayEmail = `kay-${stamp}@beacon.test`;
  const kay = `Kay ${stamp}`;
  await inviteStaff(browser, admin, smtp, { email: kayEmail, name: kay, role: "AGENT", teams: ["KYC"] });
  // The admin area links to the console's wallboard.
  await expect(admin.getByRole("link", { name: "Wallboard" })).toHaveAttribute("href", "/console/wallboard");
  await adminContext.close();

  const supervisorContext = await browser.newContext({ locale: "en-US" });
  await signIn(supervisorContext.request, email, password);
  const board = await supervisorContext.newPage();
  await board.goto("/console");
  await board.getByRole("link", { name: "Wallboard" }).click();
  await expect(board).toHaveURL(/\/console\/wallboard$/);
  await expect(board.getByTestId("wallboard-live")).toHaveText("Live");
  // A supervisor has no admin link, and the admin area refuses them.
  await expect(board.getByRole("link", { name: "Administration" })).toHaveCount(0);

  const api = board.getByRole("region", { name: "API" });
  const kyc = board.getByRole("region", { name: "KYC" });
  // From the board: KYC's other agents go offline (earlier journeys may have left them online), Kay goes online with
  // room for one chat; the API team's Sam stays online but takes no chats.
  for (const other of ["王芳", "刘洋"]) await kyc.getByLabel(`Status of ${other}`).selectOption("OFFLINE");
  await kyc.getByLabel(`Status of ${kay}`).selectOption("ONLINE");
  await kyc.getByLabel(`Chat capacity of ${kay}`).fill("1");
  await kyc.getByLabel(`Chat capacity of ${kay}`).blur();
  const { context: samContext, page: sam } = await contextAs(browser, "api@beacon.test", "en-US");
  await sam.goto("/console");
  await sam.getByTestId("agent-status").selectOption("ONLINE");
  await expect(api.getByTestId("stat-agents")).toContainText("1 / 0 /");
  await api.getByLabel("Chat capacity of Sam Carter").fill("0");
  await api.getByLabel("Chat capacity of Sam Carter").blur();

  // A KYC customer is taken by Kay (now full); an API customer waits with nobody free to take them.
  const kycCustomer = await customerWaiting(browser, "kyc", `Kim ${stamp}`);
  await expect(kycCustomer.getByTestId("system-message")).toContainText("joined the chat");
  const name = `Ari ${stamp}`;
  const customer = await customerWaiting(browser, "api", name);
  await expect(customer.getByTestId("chat-status")).toContainText(/you are #1 in line/);
  await expect(customer.getByTestId("chat-status")).not.toContainText(ESTIMATE);
  await expect(api.getByTestId("waiting-chat").filter({ hasText: name })).toBeVisible();
  await expect(board.getByTestId("alert-unstaffed")).toHaveCount(0);

  // The API team's last agent goes offline: the board says so at once.
  await sam.getByTestId("agent-status").selectOption("OFFLINE");
  await expect(board.getByTestId("alert-unstaffed")).toContainText(
    "API: 1 customer is waiting and no agent is online.",
  );
  await expect(api.getByTestId("stat-agents")).toContainText("0 / 0 /");

  // The supervisor moves the chat to KYC: the alert clears and the customer gets KYC's estimate.
  await api.getByLabel(`Move ${name}'s chat to team`).selectOption({ label: "KYC" });
  await api.getByTestId("waiting-chat").filter({ hasText: name }).getByRole("button", { name: "Move" }).click();
  await expect(kyc.getByTestId("waiting-chat").filter({ hasText: name })).toBeVisible();
  await expect(board.getByTestId("alert-unstaffed")).toHaveCount(0);
  // One place ahead (Kay's one slot is taken) at the default 5-minute handle time: "longer than usual" (about 15 min).
  await expect(kyc.getByTestId("stat-estimate")).toContainText(ESTIMATE);
  await expect(customer.getByTestId("chat-status")).toContainText(ESTIMATE);

  // The board with its banners and controls passes WCAG A/AA, at 1280 px.
  await board.setViewportSize({ width: 1280, height: 900 });
  const { violations } = await new AxeBuilder({ page: board })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Status from the board reaches the agent's own console live.
  await api.getByLabel("Status of Sam Carter").selectOption("AWAY");
  await expect(sam.getByTestId("agent-status")).toHaveValue("AWAY");

  await samContext.close();
  await supervisorContext.close();
  await kycCustomer.context().close();
  await customer.context().close();
});
