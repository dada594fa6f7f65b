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
