import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/http/client-ip";
import { AppError } from "@/lib/errors";
import { identifyRequestSchema } from "@/lib/contracts/identity";
import { logger } from "@/lib/logger";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { identifyCustomer } from "@/lib/services/identity/identify-customer";
import { portalSessionCookie } from "@/lib/services/identity/identity-cookie";

/** Only a path on this site: a sign-in link never sends the customer elsewhere. */
const safeNext = (next: string | null) => (next && /^\/(?![/\\])/.test(next) ? next : "/tickets");

/**
 * The exchange's sign-in link into the portal: `/sso?site=portal&token=<identity token>&next=/tickets`. A valid
 * token signs the customer in (next-auth's session cookie) and redirects; any refusal lands on a page saying why.
 */
export async function GET(req: NextRequest): Promise<Response> {
  const params = req.nextUrl.searchParams;
  const parsed = identifyRequestSchema.safeParse({
    token: params.get("token") ?? "",
    site: params.get("site") ?? undefined,
  });
  const fail = (reason: string) =>
    Response.redirect(new URL(`/sso-failed?reason=${encodeURIComponent(reason)}`, req.nextUrl.origin), 303);
  if (!parsed.success) return fail("identityMalformed");
  try {
    const ip = clientIp(req.headers);
    await consumeOrThrow(limiter("identity", 60, 60), ip);
    const { user } = await identifyCustomer({ token: parsed.data.token, siteKey: parsed.data.site, ip });
    const headers = new Headers({ Location: new URL(safeNext(params.get("next")), req.nextUrl.origin).toString() });
    const client = { ip, userAgent: req.headers.get("user-agent") ?? undefined };
    headers.append("Set-Cookie", await portalSessionCookie(user, req.nextUrl.protocol === "https:", client));
    return new Response(null, { status: 303, headers });
  } catch (error) {
    if (error instanceof AppError) return fail(error.messageKey.replace(/^exchange\./, ""));
    logger.error({ err: error }, "portal sign-in failed");
    return fail("INTERNAL");
  }
}
