import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/developers/api-reference";
import { openApiDocument } from "@/lib/openapi/document";

export async function generateMetadata() {
  return { title: (await getTranslations("exchange.apiDocs"))("title") };
}

/** The API reference, from the OpenAPI document itself (no external scripts: it works offline). */
export default function ApiReferencePage() {
  return <ApiReference document={openApiDocument()} />;
}
