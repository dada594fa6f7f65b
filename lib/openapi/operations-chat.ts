import { z } from "zod";
import { caseUpdateSchema, runAccountActionSchema } from "@/lib/contracts/account-action";
import * as chat from "@/lib/contracts/chat";
import { convertConversationSchema } from "@/lib/contracts/ticket";
import { accountActionRunResponse } from "./responses";
import { op } from "./types";

const c = "/api/v1/conversations/{conversationId}";
const tag = "Conversations";

export const chatOperations = [
  op({ method: "get", path: "/api/v1/conversations", tag, summary: "Customers: their chats. Agents: every chat, `email` searches", audience: "user", scope: "conversations:read", query: chat.findConversationsSchema }),
  op({ method: "post", path: "/api/v1/conversations", tag, summary: "Start a chat or continue the open one (visitors send name and email)", audience: "anyone", body: chat.guestStartConversationSchema, success: { status: [200, 201] } }),
  op({ method: "get", path: "/api/v1/conversations/inbox", tag, summary: "The agent's open chats and the queue", audience: "agent" }),
  op({ method: "get", path: c, tag, summary: "One chat (agents also get the customer context)", audience: "user", scope: "conversations:read" }),
  op({ method: "get", path: `${c}/messages`, tag, summary: "Messages after `afterSeq`, oldest first", audience: "user", scope: "conversations:read", query: chat.messageHistorySchema }),
  op({ method: "post", path: `${c}/messages`, tag, summary: "Send a message (clientId makes it idempotent)", audience: "user", body: chat.postMessageSchema, success: { status: 201 } }),
  op({ method: "post", path: `${c}/accept`, tag, summary: "Accept a waiting chat", audience: "agent" }),
  op({ method: "post", path: `${c}/transfer`, tag, summary: "Transfer to an agent or a team", audience: "agent", body: chat.transferTargetSchema }),
  op({ method: "post", path: `${c}/close`, tag, summary: "Close the chat", audience: "user" }),
  op({ method: "post", path: `${c}/rating`, tag, summary: "Rate a closed chat once", audience: "customer", body: chat.rateConversationSchema }),
  op({ method: "get", path: `${c}/transcript`, tag, summary: "Download the transcript (no internal notes)", audience: "user", scope: "conversations:read", success: { status: 200, contentType: "text/plain" } }),
  op({ method: "post", path: `${c}/transcript`, tag, summary: "Email the transcript to the customer", audience: "user", success: { status: 202 } }),
  op({ method: "post", path: `${c}/leave-message`, tag, summary: "Turn a waiting chat into a ticket (queue overflow)", audience: "customer", success: { status: 201 } }),
  op({ method: "post", path: `${c}/ticket`, tag, summary: "Turn the chat into a ticket", audience: "agent", body: convertConversationSchema, success: { status: [200, 201] } }),
  op({
    method: "post",
    path: `${c}/account-actions`,
    tag: "Urgent lane",
    summary: "Run an account action on the exchange for an urgent chat (after confirmation)",
    audience: "agent",
    scope: "actions:run",
    body: runAccountActionSchema,
    success: { status: 200, schema: z.object({ run: accountActionRunResponse }) },
    example: { actionId: "clx…", confirm: true },
  }),
  op({ method: "post", path: `${c}/case-updates`, tag: "Urgent lane", summary: "Post a case update the customer sees in the chat", audience: "agent", body: caseUpdateSchema, success: { status: 201, schema: z.object({ ok: z.literal(true) }) } }),
];
