import { requireAccount } from "@/lib/auth/guards";
import { route, methodNotAllowed } from "@/lib/http/route";
import { findNotifications } from "@/lib/services/notifications/find-notifications";
import { listNotificationsSchema } from "@/lib/contracts/notifications";

/** The signed-in user's latest in-app notifications and unread count. */
export const GET = route(async ({ actor, query }) =>
  findNotifications({ actor: requireAccount(actor), ...query(listNotificationsSchema) }),
);

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
