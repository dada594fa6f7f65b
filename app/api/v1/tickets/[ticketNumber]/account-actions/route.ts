import { requireUser } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { runAccountActionSchema } from "@/lib/contracts/account-action";
import { runAccountAction } from "@/lib/services/account-actions/run-account-action";
import { ticketNumberParam } from "@/lib/http/ticket-param";

/** Runs an account action on an urgent ticket (`{ actionId, confirm: true }`) → `{ run }` with the exchange's answer. */
export const POST = route<{ ticketNumber: string }>(
  async ({ actor, params, json }) => {
    const { actionId } = await json(runAccountActionSchema);
    return {
      run: await runAccountAction({
        actor: requireUser(actor),
        target: { ticketNumber: ticketNumberParam(params.ticketNumber) },
        actionId,
      }),
    };
  },
  { scope: "actions:run" },
);
