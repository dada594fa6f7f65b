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
 * next-auth answers a refused login with a redirect; a blocked one must be a 429 with a message a person
 * understands, so the login limit is checked here, before next-auth runs.
 */
async function POST(req: NextRequest, segment: Segment) {
  if (req.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await req.clone().formData().catch(() => null);
    const seconds = await loginBlockedFor(String(form?.get("email") ?? ""), clientIp(req.headers));
    if (seconds > 0) {
      const { status, body } = toErrorBody(new AppError("RATE_LIMITED", "loginRateLimited", waitParams(seconds)), requestLocale(req, null));
      return Response.json(body, { status, headers: { "Retry-After": String(seconds) } });
    }
  }
  return handler(req, segment);
}

export { handler as GET, POST };
