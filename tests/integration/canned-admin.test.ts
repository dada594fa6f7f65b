import { describe, expect, it } from "vitest";
import { deleteCannedResponse, getCannedAdmin, saveCannedResponse } from "@/lib/services/canned/canned-admin";
import { findCannedResponses } from "@/lib/services/canned/find-canned-responses";
import { cannedResponseSchema } from "@/lib/contracts/canned";
import { parseInput } from "@/lib/contracts/parse";
import { createActor, createTeam } from "../factories/users";

describe("saved replies (admin)", () => {
  it("an admin writes replies agents find by /shortcut; team replies reach only that team; one shortcut per language", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const team = await createTeam();
    const member = await createActor({ role: "AGENT", teamSlugs: [team.slug] });
    const outsider = await createActor({ role: "AGENT" });
    const shortcut = `delay-${Date.now()}`;
    const input = parseInput(
      cannedResponseSchema,
      {
        shortcut: `/${shortcut.toUpperCase()}`,
        locale: "en",
        title: "Withdrawal delay",
        body: "Hi {{customer.name}}, your withdrawal is on its way.",
        teamId: null,
      },
      "en",
    );
    expect(input.shortcut).toBe(shortcut);

    const en = await saveCannedResponse({ actor: admin, ...input });
    await saveCannedResponse({
      actor: admin,
      ...input,
      locale: "zh-CN",
      title: "提现延迟",
      body: "您好 {{customer.name}}，您的提现正在处理中。",
    });
    await expect(saveCannedResponse({ actor: admin, ...input, title: "Again" })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { shortcut: "cannedShortcutTaken" },
    });
    const teamOnly = await saveCannedResponse({ actor: admin, ...input, shortcut: `${shortcut}-vip`, teamId: team.id });

    const seenBy = async (actor: typeof member) =>
      (await findCannedResponses({ actor, query: `/${shortcut}` })).map((r) => `${r.shortcut}:${r.locale}`);
    expect(await seenBy(member)).toEqual([`${shortcut}:en`, `${shortcut}:zh-CN`, `${shortcut}-vip:en`]);
    expect(await seenBy(outsider)).toEqual([`${shortcut}:en`, `${shortcut}:zh-CN`]);

    await saveCannedResponse({ actor: admin, cannedResponseId: en.id, ...input, title: "Withdrawal delayed" });
    await deleteCannedResponse({ actor: admin, cannedResponseId: teamOnly.id });
    const { replies } = await getCannedAdmin({ actor: admin });
    expect(replies.filter((r) => r.shortcut.startsWith(shortcut)).map((r) => r.title)).toEqual([
      "Withdrawal delayed",
      "提现延迟",
    ]);
    await expect(deleteCannedResponse({ actor: admin, cannedResponseId: teamOnly.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses agents, a bad shortcut and an unknown team with clear messages", async () => {
    const agent = await createActor({ role: "AGENT" });
    const admin = await createActor({ role: "ADMIN" });
    const base = { shortcut: "thanks", locale: "en" as const, title: "Thanks", body: "Thank you!", teamId: null };
    await expect(saveCannedResponse({ actor: agent, ...base })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getCannedAdmin({ actor: agent })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(() => parseInput(cannedResponseSchema, { ...base, shortcut: "谢谢 you", body: "" }, "zh-CN")).toThrow(
      expect.objectContaining({ fields: { shortcut: expect.stringContaining("小写字母"), body: expect.any(String) } }),
    );
    await expect(
      saveCannedResponse({ actor: admin, ...base, shortcut: `t-${Date.now()}`, teamId: "no-such-team" }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { teamId: "teamInvalid" },
    });
  });
});
