import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

const serverOnly = {
  patterns: [
    {
      group: ["@/lib/db", "@/lib/db/*", "!@/lib/db/generated/enums"],
      message: "Components get data through props from pages; they never open the database.",
    },
    {
      group: ["@/lib/services", "@/lib/services/*"],
      message: "Components never call services: pages, route handlers and socket handlers do.",
    },
    {
      group: ["@/lib/conversations", "@/lib/conversations/*"],
      message: "The conversation core is server-side: components get DTOs from lib/contracts.",
    },
    {
      group: ["@/lib/config"],
      message: "Configuration is server-side: pages pass what a component needs through props.",
    },
    {
      group: ["@/lib/realtime/server", "@/lib/realtime/publish", "@/lib/realtime/command", "@/lib/realtime/handlers"],
      message: "Components use the browser side of real-time (lib/realtime/client, lib/realtime/events) only.",
    },
    {
      group: ["@/lib/auth/current", "@/lib/auth/session", "@/lib/auth/options"],
      message: "Components get the actor through props.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "reports/**",
      "node_modules/**",
      "lib/db/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // Leaving fields out by destructuring (`{ at, ...rest }`) is how a copy without them is made.
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", serverOnly],
      "no-restricted-globals": [
        "error",
        {
          name: "fetch",
          message: "Call the API through useApi() (lib/client/hooks.ts) or request() (lib/client/api.ts).",
        },
      ],
    },
  },
  {
    // The browser's API and socket code is typed by the contracts and the event registry: no double casts.
    files: [
      "components/**/*.{ts,tsx}",
      "lib/client/**/*.ts",
      "lib/realtime/client.ts",
      "lib/realtime/conversation-sync.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression > TSAsExpression.expression[typeAnnotation.type='TSUnknownKeyword']",
          message: "No `as unknown as` in client code: type it from lib/contracts or lib/realtime/events.",
        },
      ],
    },
  },
  {
    // Every visible string goes through next-intl: no words typed straight into JSX.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { i18next },
    rules: { "i18next/no-literal-string": ["error", { mode: "jsx-text-only" }] },
  },
];

export default config;
