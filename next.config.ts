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
  // A separate build folder lets two builds (tests of different branches, say) run side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: { authInterrupts: true, preloadEntriesOnStart: false },
};

export default withNextIntl(nextConfig);
