import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
};

export default defineConfig({
  ...shared,
  test: {
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", NEXTAUTH_SECRET: "beacon-test-secret", LOG_LEVEL: "silent" },
    projects: [
      { ...shared, extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Integration tests get a real database per file: see tests/helpers/setup.ts.
      {
        ...shared,
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup.ts"],
        },
      },
      // The security suite (docs/security.md): access matrix, CSRF, headers, the bad-input corpus, sessions and 2FA.
      {
        ...shared,
        extends: true,
        test: {
          name: "security",
          include: ["tests/security/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup.ts"],
        },
      },
      // The spec-driven API fuzzer against server.ts on the production build (scripts/test.mjs runs it after the build).
      { ...shared, extends: true, test: { name: "fuzz", include: ["tests/fuzz/**/*.test.ts"] } },
      // Two real instances behind nginx on PostgreSQL + Redis, after the production build (scripts/test.mjs).
      {
        ...shared,
        extends: true,
        test: {
          name: "scale",
          include: ["tests/scale/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
