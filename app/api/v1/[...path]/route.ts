import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

// Unknown API paths answer in the API's error shape, not with an HTML page.
const unknown = route(async () => {
  throw new AppError("NOT_FOUND", "routeNotFound");
});

export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
