import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Verifying against a decoy when the account does not exist takes as long as a real check,
// so response times do not tell which emails have accounts.
let decoyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await (decoyHash ??= hash(randomBytes(16).toString("hex")))), password);
  } catch {
    return false;
  }
}
