import { auditFilterSchema } from "@/lib/contracts/audit";
import {
  disableTwoFactorSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  twoFactorCodeSchema,
} from "@/lib/contracts/auth";
import { op } from "./types";

/** Signing in with a second factor, password reset, 2FA setup, the account's sessions and the audit log. */
export const securityOperations = [
  op({
    method: "get",
    path: "/api/v1/auth/two-factor",
    tag: "Accounts",
    summary: "Whether this browser's sign-in waits for its second factor (`{ pending }`)",
    audience: "anyone",
  }),
  op({
    method: "post",
    path: "/api/v1/auth/two-factor",
    tag: "Accounts",
    summary: "The second step of signing in: a code from the authenticator app or a recovery code (5 tries)",
    audience: "anyone",
    body: twoFactorCodeSchema,
  }),
  op({
    method: "post",
    path: "/api/v1/auth/password-reset",
    tag: "Accounts",
    summary: "Email a password reset link; the same 202 whether or not the address has an account",
    audience: "anyone",
    body: passwordResetRequestSchema,
    success: { status: 202 },
  }),
  op({
    method: "post",
    path: "/api/v1/auth/password-reset/complete",
    tag: "Accounts",
    summary: "Set a new password with the emailed link's token (single use, 30 minutes); every session ends",
    audience: "anyone",
    body: passwordResetSchema,
  }),
  op({
    method: "post",
    path: "/api/v1/auth/invitations/accept",
    tag: "Accounts",
    summary: "A new staff member chooses a password with the emailed invitation's token (single use, 7 days)",
    audience: "anyone",
    body: passwordResetSchema,
  }),
  op({
    method: "post",
    path: "/api/v1/me/two-factor/setup",
    tag: "Accounts",
    summary: "Start setting up 2FA: a new TOTP secret (as text, otpauth URI and QR code SVG), shown only now",
    audience: "user",
  }),
  op({
    method: "post",
    path: "/api/v1/me/two-factor",
    tag: "Accounts",
    summary: "Turn 2FA on with a code from the app; answers the ten recovery codes, shown only now",
    audience: "user",
    body: twoFactorCodeSchema,
  }),
  op({
    method: "delete",
    path: "/api/v1/me/two-factor",
    tag: "Accounts",
    summary: "Turn 2FA off, proving the password; other sessions end",
    audience: "user",
    body: disableTwoFactorSchema,
  }),
  op({
    method: "get",
    path: "/api/v1/me/sessions",
    tag: "Accounts",
    summary: "This account's signed-in browsers: address, browser, signed in, last seen",
    audience: "user",
  }),
  op({
    method: "get",
    path: "/api/v1/audit-events",
    tag: "Audit",
    summary: "The audit log, newest first, 50 a page; filter by person, action, target and dates",
    audience: "admin",
    query: auditFilterSchema,
  }),
  op({
    method: "get",
    path: "/api/v1/audit-events/export",
    tag: "Audit",
    summary: "The filtered audit log as CSV (at most 50,000 rows); the export is audited",
    audience: "admin",
    query: auditFilterSchema,
    success: { status: 200, contentType: "text/csv" },
  }),
];
