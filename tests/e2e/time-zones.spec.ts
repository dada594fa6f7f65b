import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/axe";
import { DEMO, signIn } from "./fixtures/auth";

const SUBJECT = "Lost my phone with Google Authenticator";

async function openedLine(page: Page) {
  await page.goto("/tickets");
  await page.getByRole("link", { name: new RegExp(SUBJECT) }).click();
  return page.getByText(/^Opened /);
}

test("an English reader whose browser is in UTC sees UTC times, and a zone chosen on the account page wins", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "en", timezoneId: "UTC" });
  await signIn(context.request, DEMO.customer);
  const page = await context.newPage();
  // The account chose Shanghai: the UTC browser reporting its zone on the visit does not change that.
  await page.request.post("/api/v1/me/time-zone", { data: { timeZone: "Asia/Shanghai" } });
  try {
    await page.goto("/account/security");
    await expect(page.getByTestId("time-zone-select")).toHaveValue("Asia/Shanghai");

    // The account page: pick UTC; tickets then read in UTC, with the zone named.
    await page.getByTestId("time-zone-select").selectOption("UTC");
    await page.getByTestId("time-zone-save").click();
    await expect(page.getByText("Times are now shown in UTC.")).toBeVisible();
    await expect(await openedLine(page)).toContainText(/\d{2}:\d{2}( [AP]M)? UTC$/);

    // Another zone chosen: the same ticket reads in it, and the UTC browser does not override the choice.
    await page.goto("/account/security");
    await page.getByTestId("time-zone-select").selectOption("Asia/Tokyo");
    await page.getByTestId("time-zone-save").click();
    await expect(page.getByText("Times are now shown in Asia/Tokyo.")).toBeVisible();
    await expect(await openedLine(page)).toContainText(/GMT\+9$/);
  } finally {
    await page.request.post("/api/v1/me/time-zone", { data: { timeZone: "UTC" } });
    await context.close();
  }
});

test("a visitor's times follow the browser's zone without an account", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en", timezoneId: "UTC" });
  const page = await context.newPage();
  await page.goto("/");
  // The browser reports its zone once; the cookie then carries it.
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === "BEACON_TZ")?.value).toBe("UTC");
  await context.close();
});
