import { z } from "zod";
import { uploadPurposeSchema } from "@/lib/contracts/uploads";
import { registerSchema } from "@/lib/contracts/auth";
import { patchCustomerSchema, putCustomerSchema } from "@/lib/contracts/customer";
import { identifyRequestSchema } from "@/lib/contracts/identity";
import { listNotificationsSchema, markNotificationsReadSchema } from "@/lib/contracts/notifications";
import { setLocaleSchema, setTimeZoneSchema } from "@/lib/contracts/user";
import { customerActivityResponse, customerResponse } from "./responses";
import { op } from "./types";

const customer = "/api/v1/customers/{externalId}";
const profileExample = {
  email: "li.wei@example.com",
  name: "Li Wei",
  language: "zh-CN",
  vipLevel: 3,
  kycLevel: 2,
  uid: "UID-88231",
  region: "SG",
  tags: ["otc"],
  attributes: {},
};

export const exchangeOperations = [
  op({
    method: "get",
    path: customer,
    tag: "Customers",
    summary: "A customer by the exchange's id, with their latest chats and tickets",
    audience: "agent",
    scope: "customers:read",
    success: { status: 200, schema: customerActivityResponse },
  }),
  op({
    method: "put",
    path: customer,
    tag: "Customers",
    summary: "Create (201) or replace (200) the customer's profile; fields left out go back to defaults",
    audience: "admin",
    scope: "customers:write",
    body: putCustomerSchema,
    success: { status: [200, 201], schema: z.object({ customer: customerResponse }) },
    example: profileExample,
  }),
  op({
    method: "patch",
    path: customer,
    tag: "Customers",
    summary: "Change the fields given; a VIP change re-ranks the customer's waiting chat at once",
    audience: "admin",
    scope: "customers:write",
    body: patchCustomerSchema,
    success: { status: 200, schema: z.object({ customer: customerResponse }) },
    example: { vipLevel: 5 },
  }),
  op({
    method: "post",
    path: "/api/v1/identity",
    tag: "Identity",
    summary: "Exchange an identity token the exchange signed for a widget session",
    audience: "anyone",
    body: identifyRequestSchema,
    success: {
      status: 200,
      schema: z.object({
        sessionToken: z.string(),
        expiresAt: z.string(),
        user: z.object({
          id: z.string(),
          name: z.string(),
          isGuest: z.boolean(),
          verified: z.boolean(),
          externalId: z.string().nullable(),
          vipLevel: z.number(),
        }),
      }),
    },
  }),
  op({
    method: "get",
    path: "/api/v1/account-actions",
    tag: "Urgent lane",
    summary: "The account actions agents may run",
    audience: "agent",
    scope: "actions:run",
  }),
  op({ method: "get", path: "/api/v1/openapi.json", tag: "Meta", summary: "This document", audience: "anyone" }),
];

export const accountOperations = [
  op({
    method: "post",
    path: "/api/v1/auth/register",
    tag: "Accounts",
    summary: "Create a customer account",
    audience: "anyone",
    body: registerSchema,
    success: { status: 201 },
  }),
  op({
    method: "get",
    path: "/api/v1/me",
    tag: "Accounts",
    summary: "The signed-in user (or guest), or null",
    audience: "anyone",
  }),
  op({
    method: "post",
    path: "/api/v1/me/locale",
    tag: "Accounts",
    summary: "Save the language",
    audience: "anyone",
    body: setLocaleSchema,
  }),
  op({
    method: "post",
    path: "/api/v1/me/time-zone",
    tag: "Accounts",
    summary: "Save the time zone times are shown in",
    audience: "anyone",
    body: setTimeZoneSchema,
  }),
  op({
    method: "get",
    path: "/api/v1/notifications",
    tag: "Accounts",
    summary: "In-app notifications",
    audience: "user",
    query: listNotificationsSchema,
  }),
  op({
    method: "post",
    path: "/api/v1/notifications/read",
    tag: "Accounts",
    summary: "Mark some or all notifications read",
    audience: "user",
    body: markNotificationsReadSchema,
  }),
  op({
    method: "post",
    path: "/api/v1/attachments",
    tag: "Attachments",
    summary: "Upload a file (multipart `file`)",
    audience: "customer",
    query: uploadPurposeSchema,
    multipart: true,
    success: { status: 201 },
  }),
  op({
    method: "get",
    path: "/api/v1/attachments/{attachmentId}",
    tag: "Attachments",
    summary: "A file, with its sniffed type",
    audience: "user",
    success: { status: 200, contentType: "application/octet-stream" },
  }),
];
