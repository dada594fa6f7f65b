import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { externalIdSchema, patchCustomerSchema, putCustomerSchema } from "@/lib/contracts/customer";
import { getCustomer } from "@/lib/services/customers/get-customer";
import { saveCustomer } from "@/lib/services/customers/save-customer";

type Params = { externalId: string };

function externalIdOf(params: Params): string {
  const parsed = externalIdSchema.safeParse(params.externalId);
  if (!parsed.success) throw new AppError("NOT_FOUND", "exchange.customerNotFound");
  return parsed.data;
}

/** The customer the exchange knows by this id, with their chats and tickets. */
export const GET = route<Params>(
  async ({ actor, params }) => getCustomer({ actor: requireUser(actor), externalId: externalIdOf(params) }),
  { scope: "customers:read" },
);

/** Creates or replaces the customer's profile: 201 when created, 200 when replaced. */
export const PUT = route<Params>(
  async ({ actor, params, json }) => {
    const user = requireUser(actor);
    const externalId = externalIdOf(params);
    const { customer, created } = await saveCustomer({
      actor: user,
      externalId,
      profile: await json(putCustomerSchema),
      mode: "put",
    });
    return Response.json({ customer }, { status: created ? 201 : 200 });
  },
  { scope: "customers:write" },
);

/** Changes the named fields of an existing customer; a VIP change re-ranks their waiting chat at once. */
export const PATCH = route<Params>(
  async ({ actor, params, json }) => {
    const user = requireUser(actor);
    const { customer } = await saveCustomer({
      actor: user,
      externalId: externalIdOf(params),
      profile: await json(patchCustomerSchema),
      mode: "patch",
    });
    return { customer };
  },
  { scope: "customers:write" },
);
