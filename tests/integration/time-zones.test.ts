import { describe, expect, it } from "vitest";
import { GET as download, POST as email } from "@/app/api/v1/conversations/[conversationId]/transcript/route";
import { POST as start } from "@/app/api/v1/conversations/route";
import { POST as setTimeZone } from "@/app/api/v1/me/time-zone/route";
import { getPrisma } from "@/lib/db/client";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request, withParams } from "../helpers/http";

const saved = async (id: string) => (await (await getPrisma()).user.findUniqueOrThrow({ where: { id } })).timeZone;
const post = (body: object, cookie?: string, locale = "en") =>
  setTimeZone(request("/api/v1/me/time-zone", { body, cookie, locale }), noParams);

describe("an account's time zone", () => {
  it("is taken from the browser on the first visit, and a detected zone never overrides one the user chose", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const first = await post({ timeZone: "Europe/Moscow", detected: true }, cookie);
    expect(first.status).toBe(200);
    expect(first.headers.get("set-cookie")).toMatch(/^BEACON_TZ=Europe%2FMoscow; Path=\/; Max-Age=31536000/);
    expect(await saved(user.id)).toBe("Europe/Moscow");

    // Travelling: the browser reports another zone; the account keeps its own.
    expect((await post({ timeZone: "Asia/Tokyo", detected: true }, cookie)).status).toBe(200);
    expect(await saved(user.id)).toBe("Europe/Moscow");

    // Chosen on the account page: saved.
    expect((await post({ timeZone: "UTC" }, cookie)).status).toBe(200);
    expect(await saved(user.id)).toBe("UTC");
  });

  it("refuses an unknown zone with a 400 in the reader's language", async () => {
    const user = await createUser();
    const response = await post({ timeZone: "Mars/Olympus_Mons" }, await sessionCookie(user.id), "ru");
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields.timeZone).toMatch(/часовой пояс/i);
    expect(await saved(user.id)).toBeNull();
  });

  it("keeps a visitor's zone in a cookie only", async () => {
    const response = await post({ timeZone: "America/New_York", detected: true });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/^BEACON_TZ=America%2FNew_York;/);
  });
});

describe("times in a transcript", () => {
  it("are in the reader's zone for a download and in the customer's own zone in the email, naming the zone", async () => {
    const customer = await createUser({ name: "Zoe Zone", timeZone: "Europe/Moscow" });
    const cookie = await sessionCookie(customer.id);
    const started = await start(
      request("/api/v1/conversations", { body: { message: { clientId: crypto.randomUUID(), body: "Hi" } }, cookie }),
      noParams,
    );
    const id = (await started.json()).conversation.id;
    const params = withParams({ conversationId: id });

    // The saved zone wins over the browser's cookie.
    const mine = await (
      await download(request("/x", { cookie: `${cookie}; BEACON_TZ=UTC`, locale: "en" }), params)
    ).text();
    expect(mine).toMatch(/Times are in Europe\/Moscow \(GMT\+3\)\./);

    await (await getPrisma()).user.update({ where: { id: customer.id }, data: { timeZone: null } });
    const utc = await (
      await download(request("/x", { cookie: `${cookie}; BEACON_TZ=UTC`, locale: "en" }), params)
    ).text();
    expect(utc).toMatch(/Times are in UTC\./);

    // The email goes to the customer: their saved zone, not the zone of the browser that asked for it.
    await (await getPrisma()).user.update({ where: { id: customer.id }, data: { timeZone: "Europe/Moscow" } });
    const mailed = await email(
      request("/x", { method: "POST", cookie: `${cookie}; BEACON_TZ=UTC`, locale: "ru" }),
      params,
    );
    expect(mailed.status).toBe(202);
    const outbox = await (
      await getPrisma()
    ).emailOutbox.findFirstOrThrow({
      where: { to: customer.contactEmail },
      orderBy: { createdAt: "desc" },
    });
    expect(outbox.text).toContain("Время указано в часовом поясе Europe/Moscow (GMT+3).");
  });
});
