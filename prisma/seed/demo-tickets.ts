// Demo tickets, filed and worked through the real services so numbers, SLA clocks, threads, search documents and
// emails look exactly as they will in use. Only into a desk that has no tickets yet.
import { toActor } from "../../lib/auth/actor";
import type { PrismaClient } from "../../lib/db/generated/client";
import { createTicket } from "../../lib/services/tickets/create-ticket";
import { replyToTicket } from "../../lib/services/tickets/reply-to-ticket";
import { updateTicket } from "../../lib/services/tickets/update-ticket";

type Demo = {
  by: string | { guest: string; name: string };
  topic: string;
  locale: "en" | "zh-CN";
  subject: string;
  description: string;
  then?: {
    agent: string;
    reply?: string;
    note?: string;
    status?: "OPEN" | "PENDING" | "ON_HOLD" | "SOLVED";
    tags?: string[];
  }[];
};

const DEMOS: Demo[] = [
  {
    by: "alice@example.com",
    topic: "login-2fa",
    locale: "en",
    subject: "Lost my phone with Google Authenticator",
    description: "I changed phones and can no longer generate 2FA codes. How can I reset 2FA safely?",
    then: [
      { agent: "security@beacon.test", note: "VIP 0, no withdrawals in 30 days: standard 2FA reset flow." },
      {
        agent: "security@beacon.test",
        reply:
          "Hi Alice, for your safety we need a short identity check first. Please reply with a selfie holding your ID and a note with today's date.",
        status: "PENDING",
        tags: ["2fa-reset"],
      },
    ],
  },
  {
    by: "xiaoming@example.com",
    topic: "deposits",
    locale: "zh-CN",
    subject: "USDT 充值 3 小时仍未到账",
    description: "我在 14:05 通过 TRC20 网络充值了 1,250 USDT，链上已经确认（TxID 7f3a…9c2e），但现货账户余额还是 0。",
    then: [
      {
        agent: "payments@beacon.test",
        reply: "您好，已查到这笔充值，因节点同步延迟暂未入账，我们已手动处理，预计 30 分钟内到账。",
        status: "OPEN",
        tags: ["trc20"],
      },
    ],
  },
  {
    by: "vip@example.com",
    topic: "account-compromised",
    locale: "zh-CN",
    subject: "账户出现陌生设备登录，请立即冻结",
    description: "今天早上收到异地登录提醒邮件，但我本人没有登录，请立即帮我冻结账户并检查资产。",
  },
  {
    by: "bob@example.com",
    topic: "api",
    locale: "en",
    subject: "API key returns 401 after IP whitelist change",
    description: "Since I added my new server IP to the whitelist, every signed request returns 401 Invalid signature.",
    then: [
      {
        agent: "api@beacon.test",
        reply:
          "Hi Bob, the whitelist change regenerates nothing, but your server clock is 2 s behind: please sync it (NTP) and retry.",
        status: "SOLVED",
      },
    ],
  },
  {
    by: { guest: "guest.zhou@example.com", name: "Zhou" },
    topic: "withdrawals",
    locale: "en",
    subject: "BTC withdrawal pending for 6 hours",
    description:
      "My 0.5 BTC withdrawal has been 'under review' since this morning. Is something wrong with my account?",
  },
  {
    by: "xiaoming@example.com",
    topic: "kyc",
    locale: "zh-CN",
    subject: "护照认证被拒绝",
    description: "上传护照后提示“证件不清晰”，我已经重新拍了三次，还是被拒绝，请问应该怎么拍？",
    then: [{ agent: "kyc@beacon.test", note: "照片反光，需要提醒避开灯光直射。", status: "ON_HOLD" }],
  },
];

export async function seedDemoTickets(prisma: PrismaClient): Promise<void> {
  if ((await prisma.ticket.count()) > 0) return;
  const actorFor = async (email: string) => toActor(await prisma.user.findUniqueOrThrow({ where: { email } }));
  for (const demo of DEMOS) {
    const guest = typeof demo.by === "string" ? null : demo.by;
    const created = await createTicket({
      actor: guest ? null : await actorFor(demo.by as string),
      locale: demo.locale,
      input: {
        topic: demo.topic,
        subject: demo.subject,
        description: demo.description,
        email: guest?.guest,
        name: guest?.name,
        attachmentIds: [],
      },
    });
    for (const step of demo.then ?? []) {
      const agent = await actorFor(step.agent);
      if (step.note)
        await replyToTicket({
          actor: agent,
          number: created.number,
          input: { body: step.note, internal: true, attachmentIds: [] },
        });
      if (step.reply)
        await replyToTicket({
          actor: agent,
          number: created.number,
          input: { body: step.reply, internal: false, status: step.status, attachmentIds: [] },
        });
      else if (step.status)
        await updateTicket({ actor: agent, number: created.number, changes: { status: step.status } });
      if (step.tags) await updateTicket({ actor: agent, number: created.number, changes: { tags: step.tags } });
    }
  }
}
