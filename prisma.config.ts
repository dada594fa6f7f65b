// Read by the Prisma CLI (`prisma generate`; on a connected machine also `prisma migrate deploy|status`).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/beacon" },
});
