import { requireUser } from "@/lib/auth/guards";
import { methodNotAllowed, route } from "@/lib/http/route";
import { resendAccountVerification } from "@/lib/services/account-links/email-verification";

/** POST /api/v1/me/email-verification → { sent }: mails the account a new verification link (3 an hour). */
export const POST = route(async ({ actor }) => resendAccountVerification({ actor: requireUser(actor) }));

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
