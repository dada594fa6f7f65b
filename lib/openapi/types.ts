import type { z } from "zod";
import type { ApiScope } from "@/lib/contracts/api-token";

/** Who may call: anyone, a guest or signed-in customer, any signed-in user, agents, admins. */
export type Audience = "anyone" | "customer" | "user" | "agent" | "admin";
export type Method = "get" | "post" | "put" | "patch" | "delete";

export type Operation = {
  method: Method;
  path: string;
  tag: string;
  summary: string;
  audience: Audience;
  /** The API token scope the route accepts; without one, tokens are refused (browser-only). */
  scope?: ApiScope;
  query?: z.ZodType;
  body?: z.ZodType;
  multipart?: boolean;
  /** The success status and its body (a zod schema, or a generic JSON object when omitted). */
  success?: { status: number | number[]; schema?: z.ZodType; contentType?: string; description?: string };
  example?: unknown;
};

export const op = (o: Operation) => o;
