import type { PrismaClient } from "../../lib/db/generated/client";

type Canned = {
  shortcut: string;
  team: string | null;
  en: [title: string, body: string];
  zh: [title: string, body: string];
};

/** Saved replies of the reference desk, in both languages. {{customer.name}} and {{agent.name}} are filled in when used. */
export const cannedResponses: Canned[] = [
  {
    shortcut: "hi",
    team: null,
    en: ["Greeting", "Hi {{customer.name}}, this is {{agent.name}} from Beacon support. How can I help you today?"],
    zh: ["问候", "您好 {{customer.name}}，我是 Beacon 客服 {{agent.name}}，请问有什么可以帮您？"],
  },
  {
    shortcut: "wait",
    team: null,
    en: [
      "Checking, please wait",
      "Thanks for your patience. I'm checking this with the team responsible and will update you within a few minutes.",
    ],
    zh: ["核实中，请稍候", "感谢您的耐心等待，我正在与相关团队核实，几分钟内给您回复。"],
  },
  {
    shortcut: "txid",
    team: "deposits-withdrawals",
    en: [
      "Ask for TxID",
      "Could you share the transaction hash (TxID), the network you used (e.g. TRC20, ERC20) and the deposit address? With these we can trace the transfer on-chain.",
    ],
    zh: [
      "索取 TxID",
      "请提供这笔转账的交易哈希（TxID）、所用网络（如 TRC20、ERC20）以及充值地址，我们将为您在链上查询。",
    ],
  },
  {
    shortcut: "memo",
    team: "deposits-withdrawals",
    en: [
      "Missing MEMO / Tag",
      "Deposits of XRP, XLM, EOS and similar coins need the MEMO/Tag shown on your deposit page. If it was missing or wrong we can still recover the funds: please send the TxID and a screenshot of the withdrawal record from the sending platform.",
    ],
    zh: [
      "漏填 MEMO / 标签",
      "XRP、XLM、EOS 等币种充值需要填写充值页面显示的 MEMO/标签。如漏填或填错，资金仍可找回：请提供 TxID 以及转出平台的提现记录截图。",
    ],
  },
  {
    shortcut: "confirm",
    team: "deposits-withdrawals",
    en: [
      "Waiting for confirmations",
      "Your deposit is on-chain and waiting for network confirmations. It is credited automatically once the required number is reached, usually within 30 minutes.",
    ],
    zh: ["等待区块确认", "您的充值已上链，正在等待网络确认。达到所需确认数后将自动到账，通常在 30 分钟内完成。"],
  },
  {
    shortcut: "fee",
    team: null,
    en: [
      "Withdrawal fees",
      "Withdrawal fees are set by the network, not by Beacon. For USDT, TRC20 is usually the cheapest. The exact fee is shown before you confirm the withdrawal.",
    ],
    zh: [
      "提现手续费",
      "提现手续费由区块链网络决定，并非 Beacon 收取。USDT 选择 TRC20 网络通常最便宜，确认提现前页面会显示准确的手续费。",
    ],
  },
  {
    shortcut: "freeze",
    team: "account-security",
    en: [
      "Account frozen for safety",
      "For your safety I have temporarily frozen withdrawals on your account. Please change your password, reset 2FA and review the active devices under Security. Never share verification codes: Beacon staff will never ask for them.",
    ],
    zh: [
      "已冻结账户保护资产",
      "为保护您的资产安全，我已临时冻结您账户的提现功能。请尽快修改登录密码、重置两步验证，并在「安全中心」检查登录设备。请勿向任何人透露验证码，Beacon 工作人员绝不会索要验证码。",
    ],
  },
  {
    shortcut: "2fa",
    team: "account-security",
    en: [
      "Reset authenticator",
      "To reset Google Authenticator, go to Security → Two-factor authentication → Reset, and complete the identity check (a selfie holding your ID). Reviews usually finish within 24 hours.",
    ],
    zh: [
      "重置谷歌验证器",
      "重置谷歌验证器：请进入「安全中心 → 两步验证 → 重置」，并完成身份核验（手持证件自拍）。审核通常在 24 小时内完成。",
    ],
  },
  {
    shortcut: "kyc",
    team: "kyc",
    en: [
      "KYC photo tips",
      "Identity verification usually completes within one business day. Please make sure the photo shows all four corners of the document without glare, and that the name matches your account.",
    ],
    zh: ["认证照片要求", "身份认证通常在 1 个工作日内完成。请确保证件四角完整、无反光，且姓名与账户一致。"],
  },
  {
    shortcut: "ratelimit",
    team: "api",
    en: [
      "API rate limits",
      "The REST API allows a weight of 1,200 per minute per IP. On HTTP 429, back off for the time given in the Retry-After header; for live prices the WebSocket streams are a better fit.",
    ],
    zh: [
      "API 限频",
      "REST API 每个 IP 每分钟的请求权重上限为 1,200。收到 HTTP 429 时，请按 Retry-After 头中的时间退避；实时行情建议使用 WebSocket 推送。",
    ],
  },
  {
    shortcut: "ticket",
    team: null,
    en: [
      "Escalated to a ticket",
      "This needs a closer investigation, so I have opened a ticket for you. You will get email updates, and you can follow it under My tickets.",
    ],
    zh: [
      "已转为工单",
      "这个问题需要进一步调查，我已为您创建工单。处理进展会通过邮件通知您，也可以在「我的工单」中查看。",
    ],
  },
  {
    shortcut: "bye",
    team: null,
    en: [
      "Closing",
      "Is there anything else I can help you with? If not, I'll close this chat. You can rate the conversation and download the transcript afterwards. Have a great day!",
    ],
    zh: [
      "结束语",
      "请问还有其他可以帮您的吗？如果没有，我将结束本次会话。结束后您可以为本次服务评分并下载聊天记录。祝您生活愉快！",
    ],
  },
];

/** Upserts the saved replies by (shortcut, locale): running it again changes nothing. */
export async function seedCannedResponses(prisma: PrismaClient, teamIds: Map<string, string>): Promise<void> {
  for (const canned of cannedResponses) {
    const teamId = canned.team ? (teamIds.get(canned.team) ?? null) : null;
    for (const [locale, [title, body]] of [
      ["en", canned.en],
      ["zh-CN", canned.zh],
    ] as const) {
      await prisma.cannedResponse.upsert({
        where: { shortcut_locale: { shortcut: canned.shortcut, locale } },
        create: { shortcut: canned.shortcut, locale, title, body, teamId },
        update: {},
      });
    }
  }
}
