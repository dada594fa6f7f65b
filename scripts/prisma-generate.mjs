// `prisma generate` without the Prisma binaries host: the CLI only needs the schema engine path to exist.
// The stub exits 1, so any command that really needs the engine fails loudly instead of doing nothing.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const stub = fileURLToPath(new URL("./no-schema-engine.sh", import.meta.url));
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
