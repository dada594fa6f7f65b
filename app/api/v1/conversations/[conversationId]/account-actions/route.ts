import { requireUser } from "@/lib/auth/guards";
import { route } from "@/lib/http/route";
import { runAccountActionSchema } from "@/lib/contracts/account-action";
import { runAccountAction } from "@/lib/services/account-actions/run-account-action";

/** Runs an account action on an urgent chat (`{ actionId, confirm: true }`) → `{ run }` with the exchange's answer. */
export const POST = route<{ conversationId: string }>(
  async ({ actor, params, json }) => {
    const { actionId } = await json(runAccountActionSchema);
    return {
      run: await runAccountAction({
        actor: requireUser(actor),
        target: { conversationId: params.conversationId },
        actionId,
      }),
    };
  },
  { scope: "actions:run" },
);
