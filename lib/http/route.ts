import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { admitToken, recordTokenUse, type TokenCaller } from "@/lib/auth/api-token";
import { actorFromRequest } from "@/lib/auth/request-actor";
import type { ApiScope } from "@/lib/contracts/api-token";
import { parseInput } from "@/lib/contracts/parse";
import { AppError } from "@/lib/errors";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { resolveTimeZone, TIME_ZONE_COOKIE } from "@/lib/i18n/time-zones";
import { logger } from "@/lib/logger";
import { MAX_JSON_BYTES, readBodyCapped, routeParams } from "./body";
import { clientIp } from "./client-ip";
import { checkStateChangingRequest, mediaType, type BodyKind } from "./csrf";
import { toErrorBody } from "./errors";

export type RouteContext<P> = {
  req: NextRequest;
  actor: Actor | null;
  /** Set when an API token made the request (the actor is then the token's owner). */
  caller: TokenCaller | null;
  locale: Locale;
  /** The reader's time zone (their account's, else their browser's cookie, else the desk's home). */
  timeZone: string;
  params: P;
  /** Reads the JSON body and parses it with the schema: 400 for broken JSON, 400 with fields for invalid input. */
  json<S extends z.ZodType>(schema: S): Promise<z.output<S>>;
  /** Parses the query string with the schema. */
  query<S extends z.ZodType>(schema: S): z.output<S>;
};

export function requestLocale(req: NextRequest, actor: Actor | null): Locale {
  return resolveLocale({
    saved: actor?.locale,
    cookie: req.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: req.headers.get("accept-language"),
  });
}

export type RouteOptions = {
  /** The API token scope this route accepts; without one, a Bearer token is refused (browser-only route). */
  scope?: ApiScope;
  /** What a state-changing request must send: JSON (the default), or multipart for upload routes. */
  body?: BodyKind;
};

/**
 * Wraps a route handler: checks a state-changing request's origin and body type (lib/http/csrf.ts), loads the actor
 * (session, guest token, or an API token admitted to the route's scope), picks the locale, gives typed body/query
 * parsing, and turns errors into `{ error: { code, message, fields? } }` with the right status. A returned plain
 * value is sent as JSON 200.
 */
export function route<P = Record<string, string | string[]>>(
  handler: (ctx: RouteContext<P>) => Promise<unknown>,
  options: RouteOptions = {},
) {
  const handle = async (req: NextRequest, segment: { params: Promise<P> }): Promise<Response> => {
    const seen: { caller: TokenCaller | null } = { caller: null };
    const response = await respond(req, segment, seen);
    const { caller } = seen;
    if (caller) {
      const use = {
        method: req.method,
        path: req.nextUrl.pathname,
        status: response.status,
        ip: clientIp(req.headers),
      };
      await recordTokenUse(caller, use).catch((error: unknown) =>
        logger.error({ err: error }, "recording an API token use failed"),
      );
    }
    return response;
  };
  // The OpenAPI test reads which scope each exported handler accepts.
  return Object.assign(handle, { scope: options.scope });

  // `seen.caller` is set once the token is known, so its use is recorded whatever the handler then does.
  async function respond(
    req: NextRequest,
    segment: { params: Promise<P> },
    seen: { caller: TokenCaller | null },
  ): Promise<Response> {
    let locale = requestLocale(req, null);
    try {
      checkStateChangingRequest(req, options.body);
      const { actor, caller } = await actorFromRequest(req);
      seen.caller = caller;
      if (caller) await admitToken(caller, options.scope);
      locale = requestLocale(req, actor);
      const result = await handler({
        req,
        actor,
        caller,
        locale,
        timeZone: resolveTimeZone({ saved: actor?.timeZone, cookie: req.cookies.get(TIME_ZONE_COOKIE)?.value }),
        params: await routeParams(segment.params),
        async json(schema) {
          if (mediaType(req.headers.get("content-type")) !== "application/json")
            throw new AppError("UNSUPPORTED_MEDIA_TYPE", "jsonRequired");
          const tooLarge = new AppError("PAYLOAD_TOO_LARGE", "bodyTooLarge", { maxKb: MAX_JSON_BYTES / 1024 });
          const text = new TextDecoder().decode(await readBodyCapped(req, MAX_JSON_BYTES, tooLarge));
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            throw new AppError("BAD_REQUEST", "invalidJson");
          }
          return parseInput(schema, body, locale);
        },
        query: (schema) => parseInput(schema, Object.fromEntries(req.nextUrl.searchParams), locale),
      });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const { status, body } = toErrorBody(error, locale);
      const headers: Record<string, string> = {};
      if (error instanceof AppError && error.code === "RATE_LIMITED" && error.params.seconds) {
        headers["Retry-After"] = String(error.params.seconds);
      }
      return Response.json(body, { status, headers });
    }
  }
}

/**
 * For the methods a route does not implement: Next would answer an empty 405; API clients get the error shape.
 * Each route file exports it under the missing names (`export { methodNotAllowed as PUT, … }`).
 */
export const methodNotAllowed = route(async ({ req }) => {
  throw new AppError("METHOD_NOT_ALLOWED", "methodNotAllowed", { method: req.method });
});
