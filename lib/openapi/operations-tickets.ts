import { z } from "zod";
import { caseUpdateSchema, runAccountActionSchema } from "@/lib/contracts/account-action";
import * as ticket from "@/lib/contracts/ticket";
import { accountActionRunResponse } from "./responses";
import { op } from "./types";

const t = "/api/v1/tickets/{ticketNumber}";
const tag = "Tickets";

export const ticketOperations = [
  op({ method: "get", path: "/api/v1/tickets", tag, summary: "Customers: their tickets. Agents: a view with filters and search", audience: "user", scope: "tickets:read", query: ticket.listTicketsSchema }),
  op({ method: "post", path: "/api/v1/tickets", tag, summary: "File a ticket (visitors with email become a guest)", audience: "anyone", body: ticket.guestTicketSchema, success: { status: 201 } }),
  op({ method: "post", path: "/api/v1/tickets/guest", tag, summary: "Become a guest before uploading a ticket's files", audience: "anyone", body: ticket.guestIdentitySchema, success: { status: [200, 201] } }),
  op({ method: "get", path: "/api/v1/tickets/counts", tag, summary: "How many tickets each agent view holds", audience: "agent", scope: "tickets:read" }),
  op({ method: "post", path: "/api/v1/tickets/bulk", tag, summary: "Assign, solve or close several tickets", audience: "agent", body: ticket.bulkTicketsSchema }),
  op({ method: "get", path: t, tag, summary: "A ticket with its thread (notes only for agents); `key` is the tracking key", audience: "anyone", scope: "tickets:read", query: ticket.trackingKeySchema }),
  op({ method: "patch", path: t, tag, summary: "Change status, priority, assignee, team, tags or subject", audience: "agent", scope: "tickets:write", body: ticket.updateTicketSchema }),
  op({ method: "post", path: `${t}/replies`, tag, summary: "Reply (agents may add an internal note or set the status)", audience: "anyone", scope: "tickets:write", query: ticket.trackingKeySchema, body: ticket.replyTicketSchema, success: { status: 201 } }),
  op({ method: "post", path: `${t}/reopen`, tag, summary: "Reopen a solved ticket within the reopen window", audience: "anyone", query: ticket.trackingKeySchema }),
  op({ method: "post", path: `${t}/tracking-key`, tag, summary: "Revoke the tracking link and email a new one", audience: "customer" }),
  op({
    method: "get",
    path: `${t}/attachments/{attachmentId}`,
    tag,
    summary: "A file of the ticket",
    audience: "anyone",
    scope: "tickets:read",
    query: ticket.trackingKeySchema,
    success: { status: 200, contentType: "application/octet-stream" },
  }),
  op({
    method: "post",
    path: `${t}/account-actions`,
    tag: "Urgent lane",
    summary: "Run an account action on the exchange for an urgent ticket (after confirmation)",
    audience: "agent",
    scope: "actions:run",
    body: runAccountActionSchema,
    success: { status: 200, schema: z.object({ run: accountActionRunResponse }) },
  }),
  op({ method: "post", path: `${t}/case-updates`, tag: "Urgent lane", summary: "Post a case update the customer sees on the tracking page", audience: "agent", body: caseUpdateSchema, success: { status: 201, schema: z.object({ ok: z.literal(true) }) } }),
];
