import { agentAvailabilityChangeSchema } from "@/lib/contracts/agent";
import { changePasswordSchema } from "@/lib/contracts/auth";
import { presenceQuerySchema } from "@/lib/contracts/bot";
import { listCallsSchema, logCallSchema } from "@/lib/contracts/phone";
import { reportItemsQuerySchema, reportQuerySchema } from "@/lib/contracts/report";
import { op } from "./types";

/** Running the desk: presence, phone calls, agents' availability, and the account's own sessions. */
export const deskOperations = [
  op({
    method: "get",
    path: "/api/v1/chat/presence",
    tag: "Chat",
    summary: "Whether someone of the team is online, and the next staffed time",
    audience: "anyone",
    query: presenceQuerySchema,
  }),
  op({
    method: "get",
    path: "/api/v1/calls",
    tag: "Phone",
    summary: "The calls logged on a customer",
    audience: "agent",
    query: listCallsSchema,
  }),
  op({
    method: "post",
    path: "/api/v1/calls",
    tag: "Phone",
    summary: "Log a call and, with `ticket`, file a PHONE ticket for the caller",
    audience: "agent",
    body: logCallSchema,
    success: { status: 201 },
  }),
  op({
    method: "patch",
    path: "/api/v1/agents/{agentId}",
    tag: "Agents",
    summary: "An agent's status and chat capacity (supervisors of their teams, admins)",
    audience: "agent",
    body: agentAvailabilityChangeSchema,
  }),
  op({
    method: "get",
    path: "/api/v1/reports/export",
    tag: "Reports",
    summary:
      "A report's breakdown as CSV (supervisors: their teams; admins: every team); with `figure`, the chats and tickets behind it",
    audience: "agent",
    query: reportQuerySchema.and(reportItemsQuerySchema.partial()),
    success: { status: 200, contentType: "text/csv" },
  }),
  op({
    method: "post",
    path: "/api/v1/me/password",
    tag: "Accounts",
    summary: "Change the password; every other session of the account ends",
    audience: "user",
    body: changePasswordSchema,
  }),
  op({
    method: "delete",
    path: "/api/v1/me/sessions",
    tag: "Accounts",
    summary: "Sign out everywhere: every session of the account ends",
    audience: "user",
  }),
];
