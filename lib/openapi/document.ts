import { z } from "zod";
import { API_SCOPES } from "@/lib/contracts/api-token";
import { accountOperations, exchangeOperations } from "./operations-exchange";
import { chatOperations } from "./operations-chat";
import { deskOperations } from "./operations-desk";
import { kbOperations } from "./operations-kb";
import { securityOperations } from "./operations-security";
import { ticketOperations } from "./operations-tickets";
import { errorResponse } from "./responses";
import type { Audience, Operation } from "./types";

/** Every /api/v1 operation; tests/integration/openapi.test.ts fails when a route is missing here. */
export const OPERATIONS: Operation[] = [
  ...exchangeOperations,
  ...accountOperations,
  ...securityOperations,
  ...chatOperations,
  ...ticketOperations,
  ...kbOperations,
  ...deskOperations,
];

type JsonSchema = Record<string, unknown>;

/** The same zod schema the route parses with, as JSON Schema 2020-12 (OpenAPI 3.1's dialect). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const converted = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  delete converted.$schema;
  return converted;
}

const AUDIENCE: Record<Audience, string> = {
  anyone: "Anyone (visitors too).",
  customer: "A signed-in customer or a guest (session cookie or guest token).",
  user: "Any signed-in user or guest; what they see depends on who they are.",
  agent: "Agents and admins.",
  admin: "Admins.",
};

const ERRORS: Record<number, string> = {
  400: "Bad input or broken JSON (`fields` says what is wrong where)",
  401: "Not signed in, or an invalid identity or API token",
  403: "Not allowed (also: an API token on a route that does not accept its scope)",
  404: "Not found (also for things you may not see)",
  409: "Conflict (someone was faster, a duplicate, a state that does not allow it)",
  429: "Rate limited (see `Retry-After`)",
};

function parameters(operation: Operation) {
  const path = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", maxLength: 200 },
  }));
  if (!operation.query) return path;
  const schema = jsonSchema(operation.query, "input") as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  const query = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    // Lists are comma-separated in the query string.
    schema: property.type === "array" ? { type: "string", description: "comma-separated" } : property,
  }));
  return [...path, ...query];
}

function responses(operation: Operation) {
  const success = operation.success ?? { status: 200 };
  const statuses = Array.isArray(success.status) ? success.status : [success.status];
  const body =
    success.contentType === "none"
      ? undefined
      : success.contentType
        ? { [success.contentType]: { schema: { type: "string" } } }
        : {
            "application/json": { schema: success.schema ? jsonSchema(success.schema, "output") : { type: "object" } },
          };
  const result: Record<string, { description: string; content?: unknown }> = {};
  for (const status of statuses)
    result[String(status)] = { description: success.description ?? "Success", ...(body ? { content: body } : {}) };
  const errors = { ...ERRORS, ...(operation.multipart ? { 413: "File too large", 415: "File type refused" } : {}) };
  for (const [status, description] of Object.entries(errors)) {
    result[status] = {
      description,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return result;
}

function security(operation: Operation): Record<string, string[]>[] {
  const browser: Record<string, string[]>[] = [{ session: [] }, { guest: [] }];
  const token: Record<string, string[]>[] = operation.scope ? [{ bearer: [operation.scope] }] : [];
  return operation.audience === "anyone" ? [{}, ...browser, ...token] : [...browser, ...token];
}

type Content = Record<string, { schema: unknown; example?: unknown }>;

function operationObject(operation: Operation) {
  const body: Content | undefined = operation.body
    ? operation.multipart
      ? {
          "multipart/form-data": {
            schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] },
          },
        }
      : {
          "application/json": {
            schema: jsonSchema(operation.body, "input"),
            ...(operation.example ? { example: operation.example } : {}),
          },
        }
    : operation.multipart
      ? {
          "multipart/form-data": {
            schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] },
          },
        }
      : undefined;
  return {
    operationId: `${operation.method}${operation.path
      .replace(/^\/api\/v1/, "")
      .replace(/[{}]/g, "")
      .replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    tags: [operation.tag],
    summary: operation.summary,
    description: `${AUDIENCE[operation.audience]} ${operation.scope ? `API tokens with \`${operation.scope}\`.` : "Browser only: API tokens are refused (403)."}`,
    parameters: parameters(operation),
    ...(body ? { requestBody: { required: true, content: body } } : {}),
    responses: responses(operation),
    security: security(operation),
    ...(operation.scope ? { "x-token-scope": operation.scope } : {}),
  };
}

/** The OpenAPI 3.1 document of /api/v1, built from the routes' own zod schemas. */
export function openApiDocument() {
  const paths: Record<string, Record<string, ReturnType<typeof operationObject>>> = {};
  for (const operation of OPERATIONS) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  return {
    openapi: "3.1.0",
    info: {
      title: "Beacon API",
      version: "1",
      description:
        "JSON over HTTPS. Browsers use the session cookie (or the widget's guest token); the exchange's back office uses API tokens (`Authorization: Bearer bcn_…`). Errors are `{ error: { code, message, fields? } }` in the reader's language.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: { Error: jsonSchema(errorResponse, "output") },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: `API token. Scopes: ${API_SCOPES.join(", ")}` },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
        guest: { type: "apiKey", in: "header", name: "x-beacon-guest" },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
