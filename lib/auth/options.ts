import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db/client";
import { clientIp } from "@/lib/http/client-ip";
import { loginBlockedFor, loginKey, loginLimiter } from "@/lib/rate-limit";
import { loginSchema } from "@/lib/contracts/auth";
import { createSession } from "@/lib/services/sessions/create-session";
import { revokeSessions } from "@/lib/services/sessions/revoke-sessions";
import { verifyPassword } from "./password";

/**
 * Checks an email and password. Every failure (unknown email, guest, wrong password) looks the same to the caller
 * and counts towards the login limit for this account and address.
 */
async function authorize(credentials: unknown, ip: string, userAgent?: string) {
  const parsed = loginSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const prisma = await getPrisma();
  // Every attempt is audited with its address and browser (docs/security.md); the typed email only when it has no account.
  const audit = (action: string, userId: string | null, data: Record<string, string>) =>
    prisma.auditEvent.create({
      data: {
        actorId: userId,
        action,
        targetType: "User",
        targetId: userId,
        ip,
        data: { userAgent: userAgent?.slice(0, 300) ?? "", ...data },
      },
    });
  // Checked again here, on exactly the credentials next-auth hands over, whatever shape the body had.
  if ((await loginBlockedFor(email, ip)) > 0) {
    await audit("signin.blocked", null, { email });
    return null;
  }
  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || user.isGuest || !valid) {
    await loginLimiter().penalty(loginKey(email, ip));
    await audit("signin.failed", user && !user.isGuest ? user.id : null, user && !user.isGuest ? {} : { email });
    return null;
  }
  await loginLimiter().delete(loginKey(email, ip));
  const secondFactorPending = !!user.totpEnabledAt;
  const sessionId = await createSession({ userId: user.id, role: user.role, ip, userAgent, secondFactorPending });
  // With 2FA this is only the first step: the session is inert until `signin.second_factor`.
  await audit(secondFactorPending ? "signin.password_ok" : "signin.succeeded", user.id, { sessionId });
  return { id: user.id, name: user.name, email: user.email, role: user.role, sessionId };
}

const headerValue = (value: unknown) =>
  Array.isArray(value) ? String(value[0]) : typeof value === "string" ? value : undefined;

export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  // Signing out ends this session on the server, not only the cookie in this browser.
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSessions({ sessionId: token.sid });
    },
  },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) =>
        authorize(credentials, clientIp(req.headers ?? {}), headerValue(req.headers?.["user-agent"])),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // At sign-in: the account and the server-side session (lib/auth/session.ts checks both on every request).
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
