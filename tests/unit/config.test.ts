import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

describe("configuration", () => {
  it("gives every default on an empty environment", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: "0.0.0.0",
      DATABASE_POOL_SIZE: 10,
      JOBS: "1",
      TRUST_PROXY: "0",
      ALLOWED_ORIGINS: [],
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("parses lists and numbers, and treats an empty variable as unset", () => {
    const config = parseConfig({
      PORT: "8080",
      ALLOWED_ORIGINS: "https://a.example, http://b.example:8080",
      REDIS_URL: "",
      QUEUE_INTERVAL_MS: "2500",
    });
    expect(config).toMatchObject({
      PORT: 8080,
      ALLOWED_ORIGINS: ["https://a.example", "http://b.example:8080"],
      QUEUE_INTERVAL_MS: 2500,
    });
    expect(config.REDIS_URL).toBeUndefined();
  });

  it("names every bad variable and what it allows", () => {
    const bad = () =>
      parseConfig({
        PORT: "abc",
        DATABASE_URL: "mysql://x",
        ALLOWED_ORIGINS: "https://a.example/path",
        JOBS: "yes",
        SMTP_URL: "http://mail",
      });
    expect(bad).toThrow(ConfigError);
    let message = "";
    try {
      bad();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("PORT: must be a whole number from 0 to 65535");
    expect(message).toContain("DATABASE_URL: must start with postgres:// or pglite:");
    expect(message).toContain("ALLOWED_ORIGINS: must be a comma-separated list of origins");
    expect(message).toContain("JOBS: must be 0 or 1");
    expect(message).toContain("SMTP_URL: must start with smtp:// or smtps://");
  });
});
