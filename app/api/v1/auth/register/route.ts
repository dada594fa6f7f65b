import { route } from "@/lib/http/route";
import { registerCustomer } from "@/lib/services/users/register-customer";
import { registerSchema } from "@/lib/contracts/auth";

export const POST = route(async ({ json }) => {
  const user = await registerCustomer(await json(registerSchema));
  return Response.json({ user }, { status: 201 });
});
