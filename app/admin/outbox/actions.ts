"use server";

import { runAction } from "@/lib/http/action";
import { retryOutboxEmail } from "@/lib/services/notifications/find-outbox";

/** Queues a failed email for another attempt (admins only; the service checks). */
export async function retryEmail(id: string) {
  return runAction("/admin/outbox", (actor) => retryOutboxEmail({ actor: actor!, id: String(id) }));
}
