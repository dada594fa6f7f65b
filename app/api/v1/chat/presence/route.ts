import { presenceQuerySchema } from "@/lib/contracts/bot";
import { route } from "@/lib/http/route";
import { getPresence } from "@/lib/services/routing/get-presence";

/** Anyone (the widget asks before a chat starts): is someone of the team online, and when is the desk next staffed. */
export const GET = route(async ({ query }) => {
  const { team } = query(presenceQuerySchema);
  return getPresence({ teamId: team ?? null });
});
