"use client";

import type { Api } from "@/lib/client/hooks";
import type { Result } from "@/lib/contracts/result";

/** Saves a file the API sends (the transcript) under its name; the guest header travels where cookies do not. */
export async function downloadWithToken(
  api: Api,
  path: string,
  guestToken: string | null | undefined,
  fallbackName: string,
): Promise<Result> {
  const result = await api.file(path, { guestToken });
  if (!result.ok) return result;
  const url = URL.createObjectURL(result.blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: result.filename ?? fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return result;
}
