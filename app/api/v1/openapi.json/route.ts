import { route } from "@/lib/http/route";
import { openApiDocument } from "@/lib/openapi/document";

/** The OpenAPI 3.1 document (public: it describes, it opens nothing). */
export const GET = route(async () => openApiDocument());
