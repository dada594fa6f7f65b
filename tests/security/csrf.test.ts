import { beforeAll, describe, expect, it } from "vitest";
import { POST as upload } from "@/app/api/v1/attachments/route";
import { POST as setLocale } from "@/app/api/v1/me/locale/route";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request } from "../helpers/http";
import { allRoutes, call, type RouteEntry } from "./routes";

let cookie: string;
let stateChanging: RouteEntry[];

beforeAll(async () => {
  cookie = await sessionCookie((await createUser()).id);
  // next-auth's own routes carry next-auth's CSRF token; every other state-changing route goes through route().
  stateChanging = (await allRoutes()).filter((r) => r.method !== "GET" && !r.path.startsWith("/api/auth/"));
});

const localePost = (headers: Record<string, string>, body = '{"locale":"en"}') =>
  setLocale(request("/api/v1/me/locale", { method: "POST", body, cookie, headers }), noParams);

describe("CSRF: origin", () => {
  it("accepts a same-origin JSON request", async () => {
    expect((await localePost({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).status).toBe(200);
  });

  it("refuses a text/plain POST from a foreign origin with 403 in the error shape", async () => {
    const response = await localePost({ origin: "https://evil.example", "content-type": "text/plain" });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses another port of the same host (same-site, which SameSite=Lax lets through)", async () => {
    expect((await localePost({ origin: "http://localhost:4000" })).status).toBe(403);
    expect((await localePost({ "sec-fetch-site": "same-site" })).status).toBe(403);
    expect((await localePost({ origin: "null" })).status).toBe(403);
  });

  it("refuses a form body without Origin (an old browser) with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await localePost({ "content-type": type }, "locale=en");
      expect(response.status, type).toBe(415);
      expect((await response.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
  });

  it("accepts only multipart on the upload route", async () => {
    const json = await upload(
      request("/api/v1/attachments?purpose=chat", { method: "POST", body: "{}", cookie }),
      noParams,
    );
    expect(json.status).toBe(415);
    const foreign = new FormData();
    foreign.set("file", new File([new Uint8Array([1])], "a.png"));
    const req = request("/api/v1/attachments?purpose=chat", {
      method: "POST",
      cookie,
      headers: { origin: "http://localhost:3001" },
    });
    const response = await upload(
      new (req.constructor as typeof Request)(req.url, {
        method: "POST",
        headers: req.headers,
        body: foreign,
      }) as typeof req,
      noParams,
    );
    expect(response.status).toBe(403);
  });
});

describe("CSRF: every state-changing route", () => {
  it("has routes to check", () => expect(stateChanging.length).toBeGreaterThan(30));

  it("refuses a foreign Origin on each (403)", async () => {
    for (const entry of stateChanging) {
      const req = request(entry.path, {
        method: entry.method,
        body: "{}",
        cookie,
        headers: { origin: "http://localhost:4000", "content-type": "text/plain" },
      });
      expect((await call(entry, req)).status, `${entry.method} ${entry.path}`).toBe(403);
    }
  });

  it("refuses a text/plain body from no origin on each (415)", async () => {
    for (const entry of stateChanging) {
      const req = request(entry.path, {
        method: entry.method,
        body: "{}",
        cookie,
        headers: { "content-type": "text/plain" },
      });
      expect((await call(entry, req)).status, `${entry.method} ${entry.path}`).toBe(415);
    }
  });
});
