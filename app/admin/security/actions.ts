"use server";

import { z } from "zod";
import { adminAction } from "@/lib/http/action";
import { resetTwoFactor } from "@/lib/services/two-factor/disable";
import { setStaffTwoFactor } from "@/lib/services/two-factor/policy";

export const setStaffTwoFactorAction = adminAction("/admin/security", async ({ actor, parse }, required: unknown) => {
  await setStaffTwoFactor({ actor, required: parse(z.boolean(), required) });
  return null;
});

export const resetTwoFactorAction = adminAction("/admin/security", async ({ actor, parse }, userId: unknown) => {
  await resetTwoFactor({ actor, userId: parse(z.string().min(1).max(40), userId) });
  return null;
});
