import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native, wasm or process-wide packages stay out of the bundles and load from node_modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/client",
    "@node-rs/argon2",
    "pg",
    "pino",
    "ioredis",
    "socket.io",
  ],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
