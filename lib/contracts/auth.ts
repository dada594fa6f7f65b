import { z } from "zod";
import { email } from "./user";
import { LOCALES } from "@/lib/i18n/locales";

export const loginSchema = z.object({
  email,
  password: z.string().min(1).max(200),
});

export const registerSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email,
  password: z.string().min(8).max(200),
  locale: z.enum(LOCALES).optional(),
});

export type RegisterInput = z.input<typeof registerSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8).max(200),
});

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** A code from the authenticator app (6 digits) or a recovery code (`k3f9-x2mq-7hpa`). */
export const twoFactorCodeSchema = z.object({ code: z.string().trim().min(6).max(20) });

export const disableTwoFactorSchema = z.object({ password: z.string().min(1).max(200) });

/** New recovery codes, proven by the password or by a current code from the app (one of the two). */
export const regenerateRecoveryCodesSchema = z
  .object({ password: z.string().min(1).max(200).optional(), code: z.string().trim().min(6).max(20).optional() })
  .refine((input) => input.password !== undefined || input.code !== undefined, {
    path: ["password"],
    params: { messageKey: "validation.passwordOrCode" },
  });

export const passwordResetRequestSchema = z.object({ email, locale: z.enum(LOCALES).optional() });

export const passwordResetSchema = z.object({
  token: z.string().min(20).max(100),
  newPassword: z.string().min(8).max(200),
});

/** The token of an email verification or confirmation link. */
export const verifyEmailSchema = z.object({ token: z.string().min(20).max(100) });

export type PasswordResetInput = z.input<typeof passwordResetSchema>;

/** One signed-in browser on the account security page. */
export type SessionDto = {
  id: string;
  current: boolean;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
};

/** A staff member on the admin security page: whether they have 2FA on. */
export type StaffTwoFactorRow = { id: string; name: string; email: string | null; role: string; enabled: boolean };
