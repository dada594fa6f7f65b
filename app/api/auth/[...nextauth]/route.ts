import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { toErrorBody } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/route";
import { loginBlockedFor, waitParams } from "@/lib/rate-limit";

const handler = NextAuth(authOptions);

type Segment = { params: Promise<{ nextauth: string[] }> };

/**
 * The login email exactly as next-auth will read it (next-auth/next/utils getBody: JSON first, then a form where a
 * repeated field's last value wins). Bodies that could be read two ways are refused: JSON (our forms never send it)
 * and forms repeating a field.
 */
async function credentialsEmail(req: NextRequest): Promise<string> {
  const contentType = req.headers.get("content-type") ?? "";
  if (contentType.includes("application/json")) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "formBodyRequired");
  if (!contentType.includes("application/x-www-form-urlencoded")) return "";
  const form = new URLSearchParams(await req.clone().text());
  const names = [...form.keys()];
  if (new Set(names).size !== names.length) throw new AppError("BAD_REQUEST", "ambiguousBody");
  return form.get("email") ?? "";
}

/**
 * next-auth answers a refused login with a redirect; a blocked one must be a 429 with a message a person
 * understands, so the login limit is checked here, before next-auth runs (authorize checks it again).
 */
async function POST(req: NextRequest, segment: Segment) {
  if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
    try {
      const seconds = await loginBlockedFor(await credentialsEmail(req), clientIp(req.headers));
      if (seconds > 0) throw new AppError("RATE_LIMITED", "loginRateLimited", waitParams(seconds));
    } catch (error) {
      const { status, body } = toErrorBody(error, requestLocale(req, null));
      const seconds = error instanceof AppError ? error.params.seconds : undefined;
      return Response.json(body, { status, headers: seconds ? { "Retry-After": String(seconds) } : {} });
    }
  }
  return handler(req, segment);
}

export { handler as GET, POST };
