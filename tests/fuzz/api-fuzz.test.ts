import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { API_SCOPES } from "@/lib/contracts/api-token";
import { inputFor } from "../helpers/schema-arbitrary";

// A spec-driven fuzzer: for every operation in /api/v1/openapi.json, requests generated from its own schemas are
// sent with an API token to the real server (server.ts), and every answer must be one the document describes —
// a documented status, and for JSON a body that matches the documented schema. A 500 is always a failure.

const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 6);
type Json = Record<string, unknown>;

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

async function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  onTestFinished(() => void child.kill("SIGKILL"));
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Beacon is ready on http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { base: `http://127.0.0.1:${port}`, output: () => output };
}

/** Replaces `$ref`s into components with the schemas themselves (the document has few, and no cycles). */
function inline(schema: unknown, spec: Json): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inline(s, spec));
  if (!schema || typeof schema !== "object") return schema;
  const ref = (schema as { $ref?: string }).$ref;
  if (ref?.startsWith("#/"))
    return inline(
      ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Json)[key], spec),
      spec,
    );
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, inline(v, spec)]));
}

const pathValue = fc.oneof(
  fc.constantFrom("BCN-100001", "BCN-1", "nope", "cust-1", "..%2F..", "0"),
  fc.string({ minLength: 1, maxLength: 30 }),
);

function queryString(value: unknown): string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(value))
    params.set(k, Array.isArray(v) ? v.join(",") : typeof v === "object" ? JSON.stringify(v) : String(v));
  const text = params.toString();
  return text ? `?${text}` : "";
}

describe("API fuzzing against the running server", () => {
  it("answers every generated request within the spec: no 500s, no undocumented status or body", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "beacon-fuzz-")), "pglite");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // Production mode on the build npm test made: a second dev server beside the lifecycle test would be refused.
      NODE_ENV: "production",
      DATABASE_URL: `pglite:${dataDir}`,
      ADMIN_PASSWORD: "fuzz-admin-password",
      SEED_DEMO: "1",
      PORT: "0",
      JOBS: "0",
      LOG_LEVEL: "silent",
    };
    run("scripts/create-admin.ts", ["fuzz-admin@beacon.test", "Fuzz Admin"], env);
    const token = /API token \(shown once\): (\S+)/.exec(
      run("scripts/create-api-token.ts", ["fuzz-admin@beacon.test", "Fuzzer", API_SCOPES.join(","), "10000"], env),
    )?.[1];
    expect(token).toBeTruthy();
    const server = await startServer(env);
    const spec = (await (await fetch(`${server.base}/api/v1/openapi.json`)).json()) as Json & {
      paths: Record<string, Record<string, Json>>;
    };
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats.default(ajv);

    const failures: string[] = [];
    let operations = 0;
    let requests = 0;
    for (const [template, methods] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations++;
        const responses = operation.responses as Record<string, { content?: Record<string, { schema: unknown }> }>;
        const queryParams = ((operation.parameters ?? []) as { name: string; in: string; schema: Json }[]).filter(
          (p) => p.in === "query",
        );
        const querySchema = {
          type: "object",
          properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])),
        };
        const bodySchema = (operation.requestBody as { content?: Record<string, { schema: Json }> } | undefined)
          ?.content?.["application/json"]?.schema;
        const cases = fc.sample(
          fc.record({
            params: fc.array(pathValue, { minLength: 4, maxLength: 4 }),
            query: inputFor(querySchema),
            body: inputFor(bodySchema),
          }),
          { numRuns: RUNS_PER_OPERATION, seed: 20261201 },
        );
        for (const { params, query, body } of cases) {
          let i = 0;
          const url = `${server.base}${template.replace(/\{\w+\}/g, () => encodeURIComponent(params[i++]))}${queryString(query)}`;
          const init: RequestInit = {
            method: method.toUpperCase(),
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          };
          if (method !== "get" && method !== "delete" && bodySchema) init.body = JSON.stringify(body);
          requests++;
          const response = await fetch(url, init);
          const text = await response.text();
          const where = `${method.toUpperCase()} ${url.slice(server.base.length)} → ${response.status}`;
          const documented = responses[String(response.status)];
          if (response.status >= 500 || !documented) {
            failures.push(`${where} ${documented ? "" : "(undocumented)"} ${text.slice(0, 200)}`);
            continue;
          }
          const schema = documented.content?.["application/json"]?.schema;
          if (!schema) continue;
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            failures.push(`${where}: not JSON`);
            continue;
          }
          const validate = ajv.compile(inline(schema, spec) as Json);
          if (!validate(parsed)) failures.push(`${where}: body outside the spec ${ajv.errorsText(validate.errors)}`);
        }
      }
    }
    console.log(`fuzz summary: ${operations} operations, ${requests} requests, ${failures.length} failures`);
    expect(failures).toEqual([]);
  }, 900_000);
});
