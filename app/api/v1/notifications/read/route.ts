import { requireAccount } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { markNotificationsRead } from "@/lib/services/notifications/mark-notifications-read";
import { markNotificationsReadSchema } from "@/lib/contracts/notifications";

/** `{ ids }` marks those as read; `{}` marks all. */
export const POST = route(async ({ actor, json }) =>
  markNotificationsRead({ actor: requireAccount(actor), ...(await json(markNotificationsReadSchema)) }),
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
