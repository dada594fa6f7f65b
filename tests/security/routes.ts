import { readdirSync } from "node:fs";
import path from "node:path";
import type { NextRequest } from "next/server";
import { methodNotAllowed } from "@/lib/http/route";

export type Handler = (
  req: NextRequest,
  segment: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;
export type RouteEntry = {
  file: string;
  path: string;
  method: string;
  handler: Handler;
  params: Record<string, string | string[]>;
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every route handler under app/api, with the URL it serves and placeholder params for its dynamic segments. */
export async function allRoutes(): Promise<RouteEntry[]> {
  const files = readdirSync(path.join(ROOT, "app/api"), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join("app/api", file))
    .sort();
  const entries: RouteEntry[] = [];
  for (const file of files) {
    const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const segments = path.dirname(file).split(path.sep).slice(1);
    const params: Record<string, string | string[]> = {};
    const urlPath = segments
      .map((segment) => {
        const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
        if (catchAll) return (params[catchAll[1]] = ["session"]).join("/");
        const dynamic = /^\[(\w+)\]$/.exec(segment);
        if (dynamic) return (params[dynamic[1]] = "x");
        return segment;
      })
      .join("/");
    for (const method of METHODS) {
      // The 405 stand-in for methods a route does not implement is not a route of its own.
      if (typeof exports[method] === "function" && exports[method] !== methodNotAllowed)
        entries.push({ file, path: `/${urlPath}`, method, handler: exports[method] as Handler, params });
    }
  }
  return entries;
}

export const call = (entry: RouteEntry, req: NextRequest, params = entry.params) =>
  entry.handler(req, { params: Promise.resolve(params) });
