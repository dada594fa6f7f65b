import { toActor, type Actor } from "@/lib/auth/actor";
import { createAttachment } from "@/lib/services/attachments/create-attachment";
import { queuedChat } from "../factories/chat";
import { createAdmin, createCategory, createKbArticle } from "../factories/kb";
import { fileTicket } from "../factories/tickets";
import { createUser, sessionCookie } from "../factories/users";
import { PNG } from "../helpers/tickets-api";

export type World = {
  customer: Actor;
  agent: Actor;
  admin: Actor;
  cookies: { customer: string; agent: string; admin: string };
  /** Real ids for every dynamic route segment, so a request reaches the code behind the lookup. */
  params: Record<string, string>;
};

/** One of each role, with a chat, a ticket, an article, a category and a file the customer owns. */
export async function createWorld(): Promise<World> {
  const customer = toActor(await createUser({ name: "Corpus Customer" }));
  const agent = toActor(await createUser({ role: "AGENT", name: "Corpus Agent", teamSlugs: ["general"] }));
  const admin = await createAdmin();
  const conversation = await queuedChat(customer, "hello");
  const ticket = await fileTicket(customer);
  const category = await createCategory();
  const article = await createKbArticle(admin, category.id, { en: { title: "Corpus article", body: "Body text" } });
  const attachment = await createAttachment({
    actor: customer,
    filename: "a.png",
    bytes: new Uint8Array(PNG),
    purpose: "ticket",
  });
  return {
    customer,
    agent,
    admin,
    cookies: {
      customer: await sessionCookie(customer.id),
      agent: await sessionCookie(agent.id),
      admin: await sessionCookie(admin.id),
    },
    params: {
      conversationId: conversation.id,
      ticketNumber: ticket.ref,
      articleId: article.id,
      categoryId: category.id,
      attachmentId: attachment.id,
      revisionId: "none",
    },
  };
}
