import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import {
  deleteAnnouncement,
  findAnnouncements,
  findLiveAnnouncements,
  saveAnnouncement,
} from "@/lib/services/announcements/announcements";
import { announcementSchema, type AnnouncementInput } from "@/lib/contracts/announcement";
import { parseInput } from "@/lib/contracts/parse";
import { createActor } from "../factories/users";

const HOUR = 3_600_000;
const base: AnnouncementInput = {
  title: {},
  body: {},
  active: true,
  startsAt: null,
  endsAt: null,
};

describe("announcements", () => {
  it("shows visitors only what is switched on and inside its window, and tells the admin which is which", async () => {
    const admin = await createActor({ role: "ADMIN" });
    const now = new Date();
    const tag = `${Date.now()}`;
    const save = (title: string, patch: Partial<AnnouncementInput>) =>
      saveAnnouncement({ actor: admin, ...base, title: { en: `${title} ${tag}` }, ...patch });
    const live = await save("live", {
      title: { en: `live ${tag}`, "zh-CN": `提现延迟 ${tag}` },
      body: { en: "TRC20 withdrawals are delayed." },
    });
    const scheduled = await save("scheduled", { startsAt: new Date(now.getTime() + HOUR) });
    const ended = await save("ended", {
      startsAt: new Date(now.getTime() - 2 * HOUR),
      endsAt: new Date(now.getTime() - HOUR),
    });
    const off = await save("off", { active: false });

    const visible = (await findLiveAnnouncements()).map((a) => a.id);
    expect(visible).toContain(live.id);
    for (const hidden of [scheduled, ended, off]) expect(visible).not.toContain(hidden.id);

    const states = Object.fromEntries((await findAnnouncements({ actor: admin })).map((a) => [a.id, a.state]));
    expect([states[live.id], states[scheduled.id], states[ended.id], states[off.id]]).toEqual([
      "live",
      "scheduled",
      "ended",
      "off",
    ]);

    // Switching one off, or deleting it, takes it away from visitors at once.
    await saveAnnouncement({
      actor: admin,
      announcementId: live.id,
      ...base,
      title: live.title as AnnouncementInput["title"],
      active: false,
    });
    expect((await findLiveAnnouncements()).map((a) => a.id)).not.toContain(live.id);
    await deleteAnnouncement({ actor: admin, announcementId: scheduled.id });
    await expect(deleteAnnouncement({ actor: admin, announcementId: scheduled.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const prisma = await getPrisma();
    expect(
      await prisma.auditEvent.count({ where: { actorId: admin.id, action: { startsWith: "announcement." } } }),
    ).toBe(6);
  });

  it("only admins write; an empty title or an end before the start is explained, and nothing is stored", async () => {
    const agent = await createActor({ role: "AGENT" });
    await expect(saveAnnouncement({ actor: agent, ...base, title: { en: "Hi" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(findAnnouncements({ actor: agent })).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(() => parseInput(announcementSchema, { ...base, title: { en: " " } }, "en")).toThrow(
      expect.objectContaining({ fields: { title: "Write at least one language." } }),
    );
    expect(() =>
      parseInput(
        announcementSchema,
        { ...base, title: { "zh-CN": "维护" }, startsAt: "2026-12-02T10:00:00Z", endsAt: "2026-12-01T10:00:00Z" },
        "zh-CN",
      ),
    ).toThrow(expect.objectContaining({ fields: { endsAt: "结束时间必须晚于开始时间。" } }));
    // The form sends "" for an empty date: not set.
    expect(
      parseInput(announcementSchema, { ...base, title: { "zh-CN": "维护" }, startsAt: "", endsAt: "" }, "zh-CN"),
    ).toMatchObject({ startsAt: null, endsAt: null });
  });
});
