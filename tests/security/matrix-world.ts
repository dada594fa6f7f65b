// The people and rows of the role × route × command matrix (access-matrix.test.ts).
import { toActor, type Actor } from "@/lib/auth/actor";
import { createGuestToken, GUEST_COOKIE } from "@/lib/auth/guest-token";
import { API_SCOPES, type ApiScope } from "@/lib/contracts/api-token";
import { createApiToken } from "@/lib/services/api-tokens/api-tokens-admin";
import { createAttachment } from "@/lib/services/attachments/create-attachment";
import { queuedChat } from "../factories/chat";
import { createCategory, createKbArticle } from "../factories/kb";
import { createTopic, fileTicket } from "../factories/tickets";
import { createGuest, createUser, sessionCookie } from "../factories/users";
import { PNG } from "../helpers/tickets-api";

export const ROLES = [
  "anonymous",
  "guest",
  "customer",
  "otherCustomer",
  "agent",
  "supervisor",
  "admin",
  "tokenWithScope",
  "tokenWithoutScope",
] as const;
export type Role = (typeof ROLES)[number];
export type BrowserRole = Exclude<Role, "anonymous" | "tokenWithScope" | "tokenWithoutScope">;

export type MatrixWorld = {
  actors: Record<BrowserRole, Actor>;
  /** The Cookie header each browser role sends. */
  cookies: Record<BrowserRole, string>;
  /** A token holding only that scope, per scope. */
  tokens: Record<ApiScope, string>;
  /** Real ids of rows the customer owns (and the desk's team works), for every dynamic segment. */
  params: Record<string, string>;
};

/** One person per role; the customer owns a chat, a ticket and a file, all in the team the agent and supervisor work. */
export async function createMatrixWorld(): Promise<MatrixWorld> {
  const { topic } = await createTopic({ teamSlug: "general" });
  const actors: Record<BrowserRole, Actor> = {
    guest: await createGuest(),
    customer: toActor(await createUser({ name: "Matrix Customer" })),
    otherCustomer: toActor(await createUser({ name: "Other Customer" })),
    agent: toActor(await createUser({ role: "AGENT", teamSlugs: ["general"] })),
    supervisor: toActor(await createUser({ role: "SUPERVISOR", teamSlugs: ["general"] })),
    admin: toActor(await createUser({ role: "ADMIN", teamSlugs: ["general"] })),
  };
  const cookies = {} as Record<BrowserRole, string>;
  for (const role of Object.keys(actors) as BrowserRole[])
    cookies[role] =
      role === "guest" ? `${GUEST_COOKIE}=${createGuestToken(actors.guest.id)}` : await sessionCookie(actors[role].id);
  const tokens = {} as Record<ApiScope, string>;
  for (const scope of API_SCOPES)
    tokens[scope] = (
      await createApiToken({
        actor: actors.admin,
        input: { name: scope, scopes: [scope], expiresInDays: 1, ratePerMinute: 10_000 },
      })
    ).token;
  const conversation = await queuedChat(actors.customer, "hello");
  const ticket = await fileTicket(actors.customer, { topic: topic.slug });
  const category = await createCategory();
  const article = await createKbArticle(actors.admin, category.id, { en: { title: "Matrix", body: "Body text" } });
  const attachment = await createAttachment({
    actor: actors.customer,
    filename: "a.png",
    bytes: new Uint8Array(PNG),
    purpose: "ticket",
  });
  return {
    actors,
    cookies,
    tokens,
    params: {
      conversationId: conversation.id,
      ticketNumber: ticket.ref,
      linkedNumber: ticket.ref,
      articleId: article.id,
      categoryId: category.id,
      attachmentId: attachment.id,
      agentId: actors.agent.id,
      customerId: actors.customer.id,
      externalId: "none",
      revisionId: "none",
    },
  };
}
