import { requireUser } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { caseUpdateSchema } from "@/lib/contracts/account-action";
import { postCaseUpdate } from "@/lib/services/account-actions/post-case-update";
import { ticketNumberParam } from "@/lib/http/ticket-param";

/** A case update the customer sees on the ticket's tracking page (`{ body }`). */
export const POST = route<{ ticketNumber: string }>(async ({ actor, params, json }) => {
  const { body } = await json(caseUpdateSchema);
  return Response.json(
    await postCaseUpdate({
      actor: requireUser(actor),
      target: { ticketNumber: ticketNumberParam(params.ticketNumber) },
      body,
    }),
    { status: 201 },
  );
});
