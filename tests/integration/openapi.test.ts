import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";
import { methodNotAllowed } from "@/lib/http/route";
import { openApiDocument, OPERATIONS } from "@/lib/openapi/document";
import { noParams, request } from "../helpers/http";

const root = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/api/v1, as the OpenAPI path it serves (the catch-all 404 excluded). */
function routeFiles(dir = root): { file: string; path: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name.startsWith("[...") ? [] : routeFiles(full);
    if (name !== "route.ts") return [];
    const rel = path
      .relative(root, path.dirname(full))
      .split(path.sep)
      .map((part) => part.replace(/^\[(\w+)\]$/, "{$1}"));
    return [{ file: full, path: ["/api/v1", ...rel].filter(Boolean).join("/") }];
  });
}

describe("OpenAPI", () => {
  it("has an entry, with the right token scope, for every /api/v1 route and method", async () => {
    const documented = new Map(OPERATIONS.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o]));
    const missing: string[] = [];
    const wrongScope: string[] = [];
    let seen = 0;
    for (const { file, path: apiPath } of routeFiles()) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of METHODS) {
        const handler = mod[method] as { scope?: string } | undefined;
        // A method the route does not serve answers 405 (methodNotAllowed): not an operation.
        if (!handler || handler === methodNotAllowed) continue;
        seen++;
        const entry = documented.get(`${method} ${apiPath}`);
        if (!entry) missing.push(`${method} ${apiPath}`);
        else if (entry.scope !== handler.scope)
          wrongScope.push(`${method} ${apiPath}: route ${handler.scope ?? "none"}, spec ${entry.scope ?? "none"}`);
      }
    }
    expect(missing).toEqual([]);
    expect(wrongScope).toEqual([]);
    expect(seen).toBe(OPERATIONS.length);
  }, 120_000);

  it("passes an OpenAPI 3.1 schema validator and is served at /api/v1/openapi.json", async () => {
    const document = openApiDocument();
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");

    const served = await openapiRoute(request("/api/v1/openapi.json"), noParams);
    expect(served.status).toBe(200);
    const body = await served.json();
    expect(body.paths["/api/v1/customers/{externalId}"].patch["x-token-scope"]).toBe("customers:write");
    expect(
      body.paths["/api/v1/customers/{externalId}"].put.requestBody.content["application/json"].schema.properties
        .vipLevel,
    ).toMatchObject({ maximum: 5, minimum: 0 });
  });
});
