import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { toErrorBody } from "@/lib/http/errors";
import { registerSchema } from "@/lib/contracts/auth";
import { parseInput } from "@/lib/contracts/parse";
import { waitParams } from "@/lib/rate-limit";

function fieldsOf(input: unknown, locale: "en" | "zh-CN") {
  try {
    parseInput(registerSchema, input, locale);
  } catch (error) {
    return (error as AppError).fields;
  }
  throw new Error("expected a validation error");
}

describe("input validation", () => {
  it("says what is wrong with each field, in the reader's language", () => {
    expect(fieldsOf({ name: "", email: "nope", password: "short" }, "en")).toEqual({
      name: "This field is required.",
      email: "Enter a valid email address.",
      password: "Must be at least 8 characters.",
    });
    expect(fieldsOf({ email: "a@b.co", password: "12345678" }, "zh-CN")).toEqual({ name: "此项为必填项。" });
  });

  it("normalises what it accepts", () => {
    const parsed = parseInput(
      registerSchema,
      { name: " Ann ", email: " Ann@Example.COM ", password: "12345678" },
      "en",
    );
    expect(parsed).toMatchObject({ name: "Ann", email: "ann@example.com" });
  });

  it("answers unknown errors with a generic 500 and no internals", () => {
    const { status, body } = toErrorBody(new Error("connection string postgres://secret"), "en");
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.error.code).toBe("INTERNAL");
  });

  it("maps codes to statuses and translated messages", () => {
    // Refusals say when to try again in words, never a count of seconds.
    const { status, body } = toErrorBody(new AppError("RATE_LIMITED", "loginRateLimited", waitParams(42)), "zh-CN");
    expect(status).toBe(429);
    expect(body.error.message).toBe("登录失败次数过多，请约 1 分钟后再试。");
    expect(toErrorBody(new AppError("RATE_LIMITED", "RATE_LIMITED", waitParams(573)), "zh-CN").body.error.message).toBe(
      "请求过于频繁，请约 10 分钟后再试。",
    );
    expect(
      toErrorBody(new AppError("RATE_LIMITED", "kbFeedbackRateLimited", waitParams(86331)), "en").body.error.message,
    ).toBe("Thanks — we already have your feedback. You can vote again tomorrow.");
    expect(toErrorBody(new AppError("RATE_LIMITED", "RATE_LIMITED", waitParams(1500)), "en").body.error.message).toBe(
      "Too many requests. Please try again in about 25 minutes.",
    );
    expect(toErrorBody(new AppError("RATE_LIMITED", "chatFlood", waitParams(1)), "en").body.error.message).toBe(
      "You are sending messages too quickly. Please try again in a moment.",
    );
  });
});
