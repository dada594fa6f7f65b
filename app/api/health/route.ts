import { config } from "@/lib/config";

import { methodNotAllowed } from "@/lib/http/route";
import { getConnection } from "@/lib/db/client";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
  let db: "ok" | "down" = "down";
  try {
    const { sql } = await getConnection();
    await sql.query("SELECT 1");
    db = "ok";
  } catch {
    db = "down";
  }
  const status = db === "ok" ? "ok" : "degraded";
  const instance = config().INSTANCE_NAME; // set per instance in a cluster, to tell them apart
  return Response.json(
    { status, db, version: packageJson.version, ...(instance ? { instance } : {}) },
    { status: db === "ok" ? 200 : 503 },
  );
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
