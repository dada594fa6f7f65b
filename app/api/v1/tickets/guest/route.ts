import { DEVICE_HEADER, parseDeviceId } from "@/lib/device-id";
import { clientIp } from "@/lib/http/client-ip";
import { guestCookie } from "@/lib/auth/guest-cookie";
import { ensureGuest } from "@/lib/services/users/guests";
import { methodNotAllowed, route } from "@/lib/http/route";
import { limitGuestCreation } from "@/lib/services/tickets/ticket-limits";
import { guestIdentitySchema } from "@/lib/contracts/ticket";

/** Makes this browser a guest with the given email (before uploading a ticket's files); reuses a matching one. */
export const POST = route(async ({ req, actor, locale, json }) => {
  const input = await json(guestIdentitySchema);
  if (!actor) await limitGuestCreation(clientIp(req.headers), parseDeviceId(req.headers.get(DEVICE_HEADER)));
  const { guestId, created } = await ensureGuest({ actor, ...input, locale });
  const response = Response.json({ guest: guestId ? { id: guestId } : null }, { status: created ? 201 : 200 });
  if (created && guestId)
    response.headers.append("Set-Cookie", guestCookie(guestId, req.nextUrl.protocol === "https:"));
  return response;
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
