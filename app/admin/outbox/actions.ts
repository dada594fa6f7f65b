"use server";

import { adminAction } from "@/lib/http/action";
import { retryOutboxEmail } from "@/lib/services/notifications/find-outbox";

/** Queues a failed email for another attempt. */
export const retryEmail = adminAction("/admin/outbox", ({ actor }, id: string) =>
  retryOutboxEmail({ actor, id: String(id) }),
);
