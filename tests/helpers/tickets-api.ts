import { DEVICE_HEADER } from "@/lib/device-id";
// Calls the ticket route handlers the way Next would, for integration tests.
import { NextRequest } from "next/server";
import { GET as getTicketRoute, PATCH as patchTicketRoute } from "@/app/api/v1/tickets/[ticketNumber]/route";
import { POST as replyRoute } from "@/app/api/v1/tickets/[ticketNumber]/replies/route";
import { POST as reopenRoute } from "@/app/api/v1/tickets/[ticketNumber]/reopen/route";
import { POST as trackingKeyRoute } from "@/app/api/v1/tickets/[ticketNumber]/tracking-key/route";
import { GET as ticketFileRoute } from "@/app/api/v1/tickets/[ticketNumber]/attachments/[attachmentId]/route";
import { POST as bulkRoute } from "@/app/api/v1/tickets/bulk/route";
import { GET as countsRoute } from "@/app/api/v1/tickets/counts/route";
import { POST as guestRoute } from "@/app/api/v1/tickets/guest/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/tickets/route";
import { POST as uploadRoute } from "@/app/api/v1/attachments/route";
import { noParams, request, withParams } from "./http";

export type Caller = { cookie?: string; ip?: string; device?: string };

const headers = (caller: Caller) => ({
  "accept-language": "en",
  ...(caller.ip ? { "x-beacon-client-ip": caller.ip } : {}),
  ...(caller.device ? { [DEVICE_HEADER]: caller.device } : {}),
});
const withKey = (path: string, key?: string | null) => (key ? `${path}?key=${encodeURIComponent(key)}` : path);

export const api = {
  create: (caller: Caller, body: object) =>
    createRoute(
      request("/api/v1/tickets", { method: "POST", body, cookie: caller.cookie, headers: headers(caller) }),
      noParams,
    ),
  guest: (caller: Caller, body: object) =>
    guestRoute(
      request("/api/v1/tickets/guest", { method: "POST", body, cookie: caller.cookie, headers: headers(caller) }),
      noParams,
    ),
  list: (caller: Caller, query = "") =>
    listRoute(request(`/api/v1/tickets${query}`, { cookie: caller.cookie, headers: headers(caller) }), noParams),
  counts: (caller: Caller) =>
    countsRoute(request("/api/v1/tickets/counts", { cookie: caller.cookie, headers: headers(caller) }), noParams),
  get: (caller: Caller, ref: string, key?: string | null) =>
    getTicketRoute(
      request(withKey(`/api/v1/tickets/${ref}`, key), { cookie: caller.cookie, headers: headers(caller) }),
      withParams({ ticketNumber: ref }),
    ),
  patch: (caller: Caller, ref: string, body: object) =>
    patchTicketRoute(
      request(`/api/v1/tickets/${ref}`, { method: "PATCH", body, cookie: caller.cookie, headers: headers(caller) }),
      withParams({ ticketNumber: ref }),
    ),
  reply: (caller: Caller, ref: string, body: object, key?: string | null) =>
    replyRoute(
      request(withKey(`/api/v1/tickets/${ref}/replies`, key), {
        method: "POST",
        body,
        cookie: caller.cookie,
        headers: headers(caller),
      }),
      withParams({ ticketNumber: ref }),
    ),
  reopen: (caller: Caller, ref: string, key?: string | null) =>
    reopenRoute(
      request(withKey(`/api/v1/tickets/${ref}/reopen`, key), {
        method: "POST",
        cookie: caller.cookie,
        headers: headers(caller),
      }),
      withParams({ ticketNumber: ref }),
    ),
  newKey: (caller: Caller, ref: string) =>
    trackingKeyRoute(
      request(`/api/v1/tickets/${ref}/tracking-key`, {
        method: "POST",
        cookie: caller.cookie,
        headers: headers(caller),
      }),
      withParams({ ticketNumber: ref }),
    ),
  file: (caller: Caller, ref: string, attachmentId: string, key?: string | null) =>
    ticketFileRoute(
      request(withKey(`/api/v1/tickets/${ref}/attachments/${attachmentId}`, key), {
        cookie: caller.cookie,
        headers: headers(caller),
      }),
      withParams({ ticketNumber: ref, attachmentId }),
    ),
  bulk: (caller: Caller, body: object) =>
    bulkRoute(
      request("/api/v1/tickets/bulk", { method: "POST", body, cookie: caller.cookie, headers: headers(caller) }),
      noParams,
    ),
  upload: (caller: Caller, name: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.set("file", new File([Buffer.from(bytes)], name));
    const req = new NextRequest("http://localhost:3000/api/v1/attachments?purpose=ticket", {
      method: "POST",
      body: form,
      headers: { ...(caller.cookie ? { cookie: caller.cookie } : {}), ...headers(caller) },
    });
    return uploadRoute(req, noParams);
  },
};

/** The guest cookie a response set, as a Cookie header value. */
export function guestCookieFrom(response: Response): string | undefined {
  const header = response.headers.get("set-cookie");
  return header?.split(";")[0];
}

// A 1×1 PNG, and the start of a Windows executable ("MZ") to disguise as one.
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
export const EXE = Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000", "hex"), Buffer.alloc(200)]);
