import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "create-account",
    category: "getting-started",
    zh: {
      title: "如何注册 Beacon 交易所账户",
      body: `使用邮箱或手机号即可在 Beacon 交易所网页端或 App 注册账户，整个过程通常只需 2–3 分钟。注册完成后，请尽快开启二次验证并完成身份认证（KYC），才能进行交易和提现。

## 注册步骤

1. 打开 Beacon 交易所官网或 App，点击右上角的「注册」。
2. 选择「邮箱」或「手机号」注册，输入账号信息。
3. 设置登录密码：至少 8 位，需同时包含大写字母、小写字母和数字。
4. 输入邮箱或短信收到的 6 位验证码（有效期一般为 10 分钟）。
5. 如有邀请码可填写，然后阅读并同意用户协议，点击「创建账户」。

## 注册后建议立即完成

- 开启谷歌验证器：参见 [如何开启谷歌验证器（2FA）](/help/articles/enable-2fa)。
- 设置防钓鱼码：参见 [什么是防钓鱼码](/help/articles/anti-phishing-code)。
- 完成身份认证：参见 [如何完成身份认证](/help/articles/how-to-complete-kyc)。

## 收不到验证码怎么办

- 检查邮箱的垃圾邮件、广告邮件文件夹。
- 确认手机号的国家/地区代码选择正确。
- 等待 60 秒后再点击「重新发送」，短时间内多次请求可能被临时限制。

> 每个人只能注册并认证一个个人账户。请勿使用他人身份信息注册，也不要购买或借用他人账户，否则账户可能被限制。`,
    },
    en: {
      title: "How to create a Beacon Exchange account",
      body: `You can sign up for Beacon Exchange on the website or in the app with an email address or phone number; it usually takes 2–3 minutes. Once registered, turn on two-factor authentication and complete identity verification (KYC) before you trade or withdraw.

## Sign-up steps

1. Open the Beacon Exchange website or app and tap **Sign up** in the top-right corner.
2. Choose **Email** or **Phone number** and enter your details.
3. Set a login password: at least 8 characters, including an uppercase letter, a lowercase letter and a number.
4. Enter the 6-digit code sent to your email or phone (codes are typically valid for 10 minutes).
5. Add a referral code if you have one, accept the terms of use and tap **Create account**.

## What to do right after signing up

- Turn on Google Authenticator: see [How to enable two-factor authentication](/help/articles/enable-2fa).
- Set an anti-phishing code: see [What is an anti-phishing code](/help/articles/anti-phishing-code).
- Verify your identity: see [How to complete identity verification](/help/articles/how-to-complete-kyc).

## Not receiving the code?

- Check your spam or promotions folder.
- Make sure you selected the correct country code for your phone number.
- Wait 60 seconds before tapping **Resend**; repeated requests in a short time may be temporarily blocked.

> Each person may open and verify only one personal account. Never register with someone else's identity or buy or borrow another person's account — such accounts may be restricted.`,
    },
  },
  {
    slug: "first-deposit",
    category: "getting-started",
    zh: {
      title: "如何完成首次充值",
      body: `首次充值最简单的方式是从其他钱包或平台充入 USDT 等数字资产，或者通过 P2P 交易用法币购买。链上充值一般在达到所需区块确认数后自动到账，例如 TRC20 网络的 USDT 通常 5 分钟左右即可入账。

## 充值数字资产

1. 登录后进入「资产」>「充值」。
2. 选择要充值的币种，例如 USDT。
3. 选择充值网络，例如 TRC20、ERC20 或 BEP20。**转出方必须选择完全相同的网络。**
4. 复制充值地址（如页面显示 Memo/Tag，也需一并复制）。
5. 在转出钱包或平台粘贴地址并发起转账。
6. 在「资产」>「充值记录」中查看进度。

## 用法币购买

如果你还没有数字资产，可以通过 P2P 交易向商家购买 USDT，详见 [法币与 P2P 交易入门](/help/articles/fiat-and-p2p-basics)。

## 充值前请确认

- 该币种和网络在 Beacon 交易所页面上显示为「可充值」。
- 金额高于最低充值数量，例如 USDT 最低充值 1 USDT；低于最低数量的充值不会入账。
- 建议首次先小额测试，确认到账后再转入大额资金。

> 充错网络或遗漏 Memo/Tag 可能导致资产无法自动到账。参见 [如何选择正确的充值网络](/help/articles/choose-network)。`,
    },
    en: {
      title: "How to make your first deposit",
      body: `The easiest way to fund your account is to deposit a crypto asset such as USDT from another wallet or platform, or to buy crypto with fiat through P2P trading. On-chain deposits are credited automatically once they reach the required number of confirmations — USDT on TRC20, for example, usually arrives in about 5 minutes.

## Deposit crypto

1. Log in and go to **Assets** > **Deposit**.
2. Select the coin, for example USDT.
3. Select the deposit network, for example TRC20, ERC20 or BEP20. **The sending side must use exactly the same network.**
4. Copy the deposit address (and the memo/tag, if one is shown).
5. Paste the address in the sending wallet or platform and submit the transfer.
6. Track progress under **Assets** > **Deposit history**.

## Buy with fiat

If you don't hold any crypto yet, you can buy USDT from merchants through P2P trading. See [Fiat and P2P trading basics](/help/articles/fiat-and-p2p-basics).

## Before you deposit

- Check that the coin and network are shown as available for deposit on Beacon Exchange.
- Send more than the minimum deposit amount (for example 1 USDT); deposits below the minimum are not credited.
- For your first transfer, consider sending a small test amount before moving larger funds.

> Using the wrong network or leaving out a required memo/tag can stop a deposit from being credited automatically. See [How to choose the right network](/help/articles/choose-network).`,
    },
  },
  {
    slug: "vip-levels",
    category: "getting-started",
    zh: {
      title: "VIP 等级说明",
      body: `Beacon 交易所的 VIP 等级根据你过去 30 天的交易量或账户资产余额每日自动评定，等级越高，交易手续费越低、提现额度越高，并可享受专属客服。满足交易量或资产任一条件即可达到对应等级。

## 如何评定

- **交易量**：过去 30 天现货与合约交易量（按 USDT 折算）之和。
- **资产余额**：过去 30 天的日均资产余额。
- 系统每天 UTC 0:00 左右更新等级，无需手动申请。

## 等级示例

| 等级 | 30 天交易量（USDT） | 或日均资产（USDT） | 现货 挂单/吃单 |
| --- | --- | --- | --- |
| VIP 0 | < 100 万 | < 10 万 | 0.080% / 0.100% |
| VIP 1 | ≥ 100 万 | ≥ 10 万 | 0.070% / 0.090% |
| VIP 2 | ≥ 500 万 | ≥ 50 万 | 0.060% / 0.080% |
| VIP 3 | ≥ 2,000 万 | ≥ 200 万 | 0.040% / 0.060% |

以上数字仅为示例，实际门槛和费率以「费率」页面为准。更多说明见 [交易手续费与 VIP 费率](/help/articles/trading-fees)。

## VIP 权益

- 更低的现货和合约手续费。
- 更高的单日提现额度。
- VIP 3 及以上享有专属客户经理和优先客服通道。

> 如果 30 天交易量和资产都下降到门槛以下，等级会在下一次评定时相应调整。`,
    },
    en: {
      title: "VIP levels explained",
      body: `Your VIP level on Beacon Exchange is recalculated automatically every day from your 30-day trading volume or your asset balance, and higher levels get lower trading fees, higher withdrawal limits and dedicated support. Meeting either the volume or the balance requirement is enough to qualify.

## How levels are calculated

- **Trading volume**: your combined spot and futures volume over the last 30 days, in USDT.
- **Asset balance**: your average daily balance over the last 30 days.
- Levels are updated daily at around 00:00 UTC; you don't need to apply.

## Example tiers

| Level | 30-day volume (USDT) | or average balance (USDT) | Spot maker / taker |
| --- | --- | --- | --- |
| VIP 0 | < 1M | < 100K | 0.080% / 0.100% |
| VIP 1 | ≥ 1M | ≥ 100K | 0.070% / 0.090% |
| VIP 2 | ≥ 5M | ≥ 500K | 0.060% / 0.080% |
| VIP 3 | ≥ 20M | ≥ 2M | 0.040% / 0.060% |

These figures are examples; the Fees page always shows the current thresholds and rates. See also [Trading fees and VIP tiers](/help/articles/trading-fees).

## VIP benefits

- Lower spot and futures trading fees.
- Higher daily withdrawal limits.
- From VIP 3, a dedicated account manager and priority support.

> If both your 30-day volume and your balance fall below a threshold, your level is adjusted at the next daily review.`,
    },
  },
  {
    slug: "contact-support",
    category: "getting-started",
    zh: {
      title: "如何联系客服",
      body: `Beacon 交易所提供 7×24 小时在线客服：点击网页或 App 右下角的「在线客服」即可发起对话，非紧急或需要调查的问题可以提交工单。账户被盗等紧急安全问题会被优先处理。

## 在线客服（推荐）

1. 点击右下角的「在线客服」图标，或进入「帮助中心」>「联系我们」。
2. 先用一句话描述问题，智能助手会推荐相关文章。
3. 如问题未解决，点击「转人工」，通常在几分钟内会有客服接入；行情剧烈波动的高峰期可能需要等待更久。

## 提交工单

适用于充值未到账、认证申诉、账户信息变更等需要调查的问题：

1. 进入「帮助中心」>「提交工单」，选择问题类型。
2. 详细描述问题，并附上订单号、TxID（交易哈希）或截图。
3. 提交后会生成工单编号，处理进度会通过邮件和站内信通知。

一般工单在 24 小时内首次回复，复杂问题可能需要 3–5 个工作日。

## 紧急安全问题优先处理

如果你怀疑账户被盗，请先按 [账户被盗怎么办](/help/articles/account-compromised) 冻结账户，再联系在线客服并说明「账户被盗」，你的会话会进入紧急通道优先处理。

> 客服**绝不会**索要你的密码、短信或谷歌验证码、API Secret，也不会要求你向任何地址转账。遇到此类要求请立即停止沟通并举报。`,
    },
    en: {
      title: "How to contact support",
      body: `Beacon Exchange support is available 24/7: tap **Live chat** in the bottom-right corner of the website or app to start a conversation, or submit a ticket for non-urgent issues that need investigation. Urgent security cases, such as a compromised account, are handled first.

## Live chat (recommended)

1. Tap the **Live chat** icon in the bottom-right corner, or go to **Help Center** > **Contact us**.
2. Describe your issue in one sentence; the assistant will suggest relevant articles.
3. If that doesn't solve it, choose **Talk to an agent**. An agent usually joins within a few minutes; at peak times during sharp market moves the wait may be longer.

## Submit a ticket

Best for issues that need investigation, such as missing deposits, verification appeals or account changes:

1. Go to **Help Center** > **Submit a ticket** and choose a category.
2. Describe the problem and include order IDs, the TxID (transaction hash) or screenshots.
3. You'll get a ticket number, and updates are sent by email and in-app notification.

Tickets usually get a first reply within 24 hours; complex cases can take 3–5 business days.

## Urgent security cases come first

If you think your account has been compromised, first freeze it by following [My account was compromised](/help/articles/account-compromised), then open live chat and say "account compromised". Your conversation goes to the urgent queue and is prioritised.

> Support will **never** ask for your password, SMS or authenticator codes or API secret, and will never ask you to send funds to any address. If anyone does, stop the conversation and report it.`,
    },
  },
  {
    slug: "funding-and-trading-accounts",
    category: "getting-started",
    zh: {
      title: "资金账户和交易账户有什么区别？如何划转",
      body: `资金账户用于充值、提现和 P2P 交易，交易账户用于现货、杠杆和合约交易；两者之间的资产划转免手续费、即时到账。如果下单时提示余额不足，通常是因为资产还在资金账户，需要先划转。

## 如何划转

1. 进入「资产」页面，点击「划转」。
2. 选择转出账户（例如「资金账户」）和转入账户（例如「交易账户」）。
3. 选择币种，输入数量或点击「全部」。
4. 点击「确认」，划转通常立即完成。

## 常见问题

- **充值到账后看不到余额？** 链上充值默认进入资金账户，请在「资产」>「资金账户」中查看。
- **提现时提示余额不足？** 提现只能使用资金账户中的余额，请先从交易账户划转回来。
- **为什么有些资产无法划出？** 挂单冻结、杠杆借币或合约持仓占用的保证金不能划转，需要先撤单、还款或减仓。

> 划转只在你自己的账户之间进行，不会离开 Beacon 交易所，也不需要填写地址。`,
    },
    en: {
      title: "Funding account vs trading account: how to transfer",
      body: `Your funding account is used for deposits, withdrawals and P2P trading, while your trading account is used for spot, margin and futures trading; transfers between them are free and instant. If an order fails with "insufficient balance", your funds are most likely still in the funding account and need to be transferred first.

## How to transfer

1. Go to **Assets** and tap **Transfer**.
2. Choose the source account (for example **Funding**) and the destination (for example **Trading**).
3. Select the coin and enter an amount, or tap **Max**.
4. Tap **Confirm**. The transfer normally completes immediately.

## Common questions

- **My deposit arrived but I can't see it?** On-chain deposits go to the funding account by default — check **Assets** > **Funding**.
- **Withdrawal says insufficient balance?** Withdrawals use the funding account balance only; transfer funds back from the trading account first.
- **Why can't I transfer some assets?** Funds locked in open orders, borrowed on margin or used as margin for futures positions can't be moved until you cancel the orders, repay the loan or reduce the position.

> Transfers only move assets between your own accounts. Nothing leaves Beacon Exchange and no address is needed.`,
    },
  },
];
