import { clientIp } from "@/lib/http/client-ip";
import { route } from "@/lib/http/route";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { SITE_HEADER } from "@/lib/auth/guest-header";
import { identifyRequestSchema } from "@/lib/contracts/identity";
import { identifyCustomer } from "@/lib/services/identity/identify-customer";
import { identityCookie } from "@/lib/services/identity/identity-cookie";

/**
 * The widget hands over the identity token the exchange signed (`BeaconChat.identify`): the answer is the verified
 * customer and a widget session, which replaces any guest token in this browser (never the other way round).
 */
export const POST = route(async ({ req, json }) => {
  const ip = clientIp(req.headers);
  await consumeOrThrow(limiter("identity", 60, 60), ip);
  const input = await json(identifyRequestSchema);
  const { user, session } = await identifyCustomer({
    token: input.token,
    siteKey: input.site ?? req.headers.get(SITE_HEADER),
    ip,
  });
  const headers = new Headers({ "Set-Cookie": identityCookie(session.token, req.nextUrl.protocol === "https:") });
  const body = {
    sessionToken: session.token,
    expiresAt: session.expiresAt.toISOString(),
    user: {
      id: user.id,
      name: user.name,
      isGuest: false,
      verified: true,
      externalId: user.externalId,
      vipLevel: user.vipLevel,
    },
  };
  return Response.json(body, { headers });
});
