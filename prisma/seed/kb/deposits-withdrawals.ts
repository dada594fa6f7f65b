import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "missing-deposit",
    category: "deposits-withdrawals",
    zh: {
      title: "充值未到账怎么办",
      body: `充值未到账时，先用 TxID（交易哈希）在区块链浏览器上确认转账是否已成功，并检查是否已达到所需的区块确认数；大多数充值在达到确认数后 30 分钟内自动到账。如果链上已成功且超过 1 小时仍未入账，请提交工单并附上 TxID。

## 第一步：查看充值记录

进入「资产」>「充值记录」：

- **确认中**：转账已被识别，正在等待区块确认，请耐心等待。例如 BTC 需要 2 个确认，通常 20–40 分钟。
- **已完成**：资产已到账，请在「资金账户」中查看，而不是交易账户。
- **没有记录**：继续下面的检查。

## 第二步：在区块链浏览器核对

向转出平台或钱包索取 TxID，在对应链的区块链浏览器中查询：

1. 交易状态是否为「成功」（而不是「失败」或「待处理」）；
2. 收款地址是否与你在 Beacon 交易所的充值地址**完全一致**；
3. 使用的网络是否与充值页面选择的网络一致；
4. 如需 Memo/Tag，是否已正确填写。

## 常见原因

| 情况 | 处理方法 |
| --- | --- |
| 转出平台尚未真正发出 | 联系转出平台确认出币状态 |
| 区块网络拥堵 | 等待确认，无需操作 |
| 金额低于最低充值数量 | 不会自动入账，再次充值累计也不会合并 |
| 忘记填写 Memo/Tag | 见 [充值忘记填写 Memo/Tag](/help/articles/missing-memo-tag) |
| 选错网络或充了不支持的币 | 见 [充错网络或币种怎么办](/help/articles/wrong-network-deposit) |

## 提交工单

如链上已成功超过 1 小时仍未到账，请提交工单，类型选「充值未到账」，提供币种、网络、金额、TxID 和转账截图，通常 1–3 个工作日内处理完毕。

> 任何声称可以「加速到账」并要求你先付款的人都是骗子。`,
    },
    en: {
      title: "My deposit hasn't arrived — what should I do?",
      body: `First use the TxID (transaction hash) to check on a block explorer that the transfer succeeded, and whether it has reached the required number of confirmations; most deposits are credited within 30 minutes of reaching them. If the transfer succeeded on-chain and still isn't credited after 1 hour, submit a ticket with the TxID.

## Step 1: Check your deposit history

Go to **Assets** > **Deposit history**:

- **Confirming**: we've detected the transfer and are waiting for confirmations. BTC, for example, needs 2 confirmations, usually 20–40 minutes.
- **Completed**: the funds are credited — check your **Funding** account, not your trading account.
- **No record**: continue with the checks below.

## Step 2: Check on a block explorer

Ask the sending platform or wallet for the TxID and look it up on the explorer for that chain:

1. Is the status **Success** (not failed or pending)?
2. Is the receiving address **exactly** your Beacon Exchange deposit address?
3. Was the same network used as the one you selected on the deposit page?
4. If a memo/tag is required, was it entered correctly?

## Common causes

| Situation | What to do |
| --- | --- |
| The sending platform hasn't actually sent it yet | Ask the sender to confirm the withdrawal status |
| Network congestion | Wait for confirmations; no action needed |
| Amount below the minimum deposit | Not credited automatically, and later deposits won't be added to it |
| Memo/tag missing | See [Forgot the memo or tag](/help/articles/missing-memo-tag) |
| Wrong network or unsupported coin | See [Deposited on the wrong network](/help/articles/wrong-network-deposit) |

## Submit a ticket

If the transfer succeeded on-chain more than 1 hour ago and still isn't credited, submit a ticket with the category **Missing deposit**, including the coin, network, amount, TxID and a screenshot. Cases are usually resolved within 1–3 business days.

> Anyone who asks you to pay to "speed up" a deposit is a scammer.`,
    },
  },
  {
    slug: "choose-network",
    category: "deposits-withdrawals",
    zh: {
      title: "如何选择正确的充值/提现网络（ERC20、TRC20、BEP20 等）",
      body: `充值或提现时，转出方和接收方必须选择同一个网络，例如从其他平台用 TRC20 网络提 USDT，在 Beacon 交易所充值页面也必须选择 TRC20。网络不一致时资产可能无法到账，甚至永久丢失。

## 同一个币为什么有多个网络

USDT、USDC 等代币同时发行在多条区块链上。地址格式、手续费和到账速度都不同：

| 网络 | 所属链 | 地址特征 | 手续费 | 到账速度（示例） |
| --- | --- | --- | --- | --- |
| ERC20 | 以太坊 | 以 0x 开头 | 较高，随 Gas 波动 | 约 5–10 分钟 |
| TRC20 | 波场 TRON | 以 T 开头 | 低 | 约 3–5 分钟 |
| BEP20 | BNB Smart Chain | 以 0x 开头 | 低 | 约 1–3 分钟 |
| Arbitrum / Optimism | 以太坊 Layer2 | 以 0x 开头 | 很低 | 约 5–15 分钟 |

## 选择建议

1. 先确认**接收方**支持哪些网络，再在转出方选择相同的网络。
2. 注意：ERC20、BEP20 和 Layer2 地址都以 0x 开头，**地址格式相同不代表网络相同**。
3. 大额转账优先选择双方都支持、且你熟悉的网络，并先小额测试。
4. 关注手续费：小额转账选择 TRC20 或 Layer2 通常更划算。

> 如果某网络正在维护，充值页面会显示「暂停充值」，请勿在维护期间向该网络地址转账。

已经选错网络？请参见 [充错网络或币种怎么办](/help/articles/wrong-network-deposit)。`,
    },
    en: {
      title: "How to choose the right network (ERC20, TRC20, BEP20 and more)",
      body: `The sending side and the receiving side must use the same network: if you withdraw USDT from another platform over TRC20, you must also select TRC20 on the Beacon Exchange deposit page. If the networks don't match, the funds may not arrive and can even be lost permanently.

## Why one coin has several networks

Tokens such as USDT and USDC are issued on several blockchains, each with different address formats, fees and speeds:

| Network | Chain | Address looks like | Fee | Typical time |
| --- | --- | --- | --- | --- |
| ERC20 | Ethereum | Starts with 0x | Higher, varies with gas | About 5–10 min |
| TRC20 | TRON | Starts with T | Low | About 3–5 min |
| BEP20 | BNB Smart Chain | Starts with 0x | Low | About 1–3 min |
| Arbitrum / Optimism | Ethereum Layer 2 | Starts with 0x | Very low | About 5–15 min |

## How to choose

1. Check which networks the **receiving** side supports, then pick the same one on the sending side.
2. Note that ERC20, BEP20 and Layer 2 addresses all start with 0x — **the same address format doesn't mean the same network**.
3. For large amounts, use a network both sides support and that you know well, and send a small test first.
4. Consider fees: for small transfers, TRC20 or a Layer 2 is usually cheaper.

> When a network is under maintenance, the deposit page shows **Deposits suspended**. Don't send funds on that network until it reopens.

Already used the wrong network? See [Deposited on the wrong network](/help/articles/wrong-network-deposit).`,
    },
  },
  {
    slug: "missing-memo-tag",
    category: "deposits-withdrawals",
    zh: {
      title: "充值时忘记填写 Memo/Tag 怎么办",
      body: `XRP、XLM、EOS、ATOM 等币种充值时必须填写 Memo/Tag，遗漏或填错会导致资产无法自动到账，但通常可以通过提交「找回申请」找回。请在「资产」>「充值」页面点击「充值未到账？」>「Memo/Tag 遗漏找回」，并提供 TxID 等信息。

## 为什么需要 Memo/Tag

这些币种的交易所充值地址是多个用户共用的，Memo/Tag 相当于你的「门牌号」，系统依靠它识别资产属于哪个账户。

## 找回步骤

1. 进入「资产」>「充值」，选择对应币种，点击「充值未到账？」。
2. 选择「Memo/Tag 遗漏或错误」。
3. 填写 TxID、充值数量和转账时间，上传转出平台的提现记录截图。
4. 提交后，一般在 3–7 个工作日内处理完成。

## 注意事项

- 找回可能会收取一定的手续费，例如等值 10 USDT，具体以提交页面显示为准，金额过小时可能无法找回。
- 找回期间请勿重复提交。
- 从其他交易所提现时，务必把 Memo/Tag 填在「Memo/Tag/备注」栏，而不是地址栏末尾。

> 下次充值前，请仔细核对页面提示。如果充值页面显示「本币种需要填写 Memo/Tag」，地址和 Memo/Tag 两项缺一不可。`,
    },
    en: {
      title: "Forgot the memo or tag on a deposit — what now?",
      body: `Coins such as XRP, XLM, EOS and ATOM require a memo or tag; if it's missing or wrong the deposit can't be credited automatically, but it can usually be recovered by submitting a recovery request. Go to **Assets** > **Deposit**, tap **Deposit not credited?** > **Missing memo/tag recovery** and provide the TxID and details.

## Why a memo/tag is needed

For these coins, the exchange deposit address is shared by many users. The memo/tag works like your apartment number — it's how the system knows which account the funds belong to.

## How to recover

1. Go to **Assets** > **Deposit**, select the coin and tap **Deposit not credited?**.
2. Choose **Missing or wrong memo/tag**.
3. Enter the TxID, amount and time of the transfer, and upload a screenshot of the withdrawal record from the sending platform.
4. Requests are usually processed within 3–7 business days.

## Good to know

- A recovery fee may apply, for example the equivalent of 10 USDT; the submission page shows the exact amount. Very small amounts may not be recoverable.
- Don't submit the same request more than once.
- When withdrawing from another exchange, put the memo/tag in the **Memo/Tag** field, not at the end of the address.

> Before your next deposit, read the notice on the page carefully. If it says **This coin requires a memo/tag**, you need both the address and the memo/tag.`,
    },
  },
  {
    slug: "wrong-network-deposit",
    category: "deposits-withdrawals",
    zh: {
      title: "充错网络或充了不支持的币种怎么办",
      body: `如果你充值时选错了网络，或向 Beacon 交易所地址充了不支持的币种，资产不会自动到账；部分情况可以通过提交「错充找回」申请找回，通常需要 7–14 个工作日。能否找回取决于具体链和币种，无法保证成功。

## 哪些情况可能找回

| 情况 | 能否找回 |
| --- | --- |
| 同一地址格式的 EVM 链之间选错（如 ERC20 充到 BEP20 地址） | 通常可以 |
| 向充值地址转入了不支持的 ERC20 代币 | 部分可以 |
| 充到了非 Beacon 交易所的地址 | 无法找回，请联系接收方 |
| 充到了不存在或格式不匹配的地址 | 无法找回 |

## 申请步骤

1. 进入「资产」>「充值」，点击「充值未到账？」>「错充找回」。
2. 填写币种、实际使用的网络、金额和 TxID。
3. 上传转出平台的提现记录截图。
4. 提交后会生成工单编号，可在工单中心查看进度。

## 费用

找回需要技术人员手动处理并支付链上费用，可能收取一定费用，例如等值 50 USDT 或找回金额的一定比例，提交前页面会显示。如果金额低于费用，建议放弃找回。

> 为避免错充，请在充值前核对 [如何选择正确的网络](/help/articles/choose-network)，首次使用新网络时先小额测试。`,
    },
    en: {
      title: "Deposited on the wrong network or an unsupported coin",
      body: `If you chose the wrong network or sent an unsupported coin to your Beacon Exchange address, it won't be credited automatically; in some cases it can be recovered through a **Wrong deposit recovery** request, which usually takes 7–14 business days. Whether recovery is possible depends on the chain and coin, and success can't be guaranteed.

## What can usually be recovered

| Situation | Recoverable? |
| --- | --- |
| Wrong EVM network with the same address format (e.g. ERC20 sent to a BEP20 address) | Usually |
| Unsupported ERC20 token sent to a deposit address | Sometimes |
| Sent to an address that isn't a Beacon Exchange address | No — contact the recipient |
| Sent to an invalid or mismatched address | No |

## How to apply

1. Go to **Assets** > **Deposit** and tap **Deposit not credited?** > **Wrong deposit recovery**.
2. Enter the coin, the network actually used, the amount and the TxID.
3. Upload a screenshot of the withdrawal record from the sending platform.
4. You'll get a ticket number and can follow progress in the ticket center.

## Fees

Recovery is handled manually and involves on-chain costs, so a fee may apply — for example the equivalent of 50 USDT or a percentage of the amount. The fee is shown before you submit. If the amount is smaller than the fee, recovery isn't worthwhile.

> To avoid this, check [How to choose the right network](/help/articles/choose-network) before depositing, and send a small test the first time you use a new network.`,
    },
  },
  {
    slug: "how-to-withdraw",
    category: "deposits-withdrawals",
    zh: {
      title: "如何提现（提币）",
      body: `进入「资产」>「提现」，选择币种和网络，填写接收地址和数量，完成交易密码与谷歌验证后即可提交，大多数提现在 30 分钟内完成。提现前请确认已完成身份认证，且资产在资金账户中。

## 提现步骤

1. 登录后进入「资产」>「提现」，选择币种，例如 USDT。
2. 选择「链上提现」，然后选择网络（例如 TRC20）。**接收方必须支持同一网络。**
3. 粘贴接收地址；如接收方要求 Memo/Tag，请一并填写。
4. 输入提现数量，页面会显示手续费和实际到账数量。
5. 点击「提现」，输入交易密码、邮箱/短信验证码和谷歌验证码。
6. 在「资产」>「提现记录」中查看状态，完成后可获取 TxID。

## 提现给 Beacon 交易所用户

选择「内部转账」，填写对方的邮箱、手机号或 UID，**即时到账且免手续费**。

## 提交前请检查

- 地址逐位核对，建议从接收方页面复制粘贴，并核对首尾各 4 位。
- 接收方是否支持该币种和网络。
- 是否低于最低提现数量，例如 USDT 最低 10 USDT。
- 是否处于修改安全设置后的 24 小时限制期。

> 提现一旦上链无法撤回。请警惕「客服」要求你向某个地址提现以「解冻资金」「验证账户」的说法，这都是诈骗。

相关文章：[提现手续费](/help/articles/withdrawal-fees)、[提现额度](/help/articles/withdrawal-limits)、[提现一直在处理中](/help/articles/withdrawal-pending)。`,
    },
    en: {
      title: "How to withdraw crypto",
      body: `Go to **Assets** > **Withdraw**, choose the coin and network, enter the receiving address and amount, and confirm with your trading password and authenticator code; most withdrawals complete within 30 minutes. Before you start, make sure you've completed identity verification and that the funds are in your funding account.

## Withdrawal steps

1. Log in, go to **Assets** > **Withdraw** and select a coin, for example USDT.
2. Choose **On-chain withdrawal**, then a network such as TRC20. **The receiving side must support the same network.**
3. Paste the receiving address, plus the memo/tag if the recipient requires one.
4. Enter the amount; the page shows the fee and the amount that will be received.
5. Tap **Withdraw** and enter your trading password, email or SMS code and authenticator code.
6. Track the status under **Assets** > **Withdrawal history**; the TxID appears once it's sent.

## Sending to another Beacon Exchange user

Choose **Internal transfer** and enter the recipient's email, phone number or UID. **It arrives instantly with no fee.**

## Before you submit

- Check the address character by character — copy it from the recipient's page and compare the first and last 4 characters.
- Confirm the recipient supports this coin and network.
- Make sure you're above the minimum withdrawal amount, for example 10 USDT.
- Check you're not within the 24-hour lock after a security change.

> A withdrawal can't be reversed once it's on-chain. Be wary of anyone posing as support who asks you to make a withdrawal to "unlock funds" or "verify your account" — that is always a scam.

Related: [Withdrawal fees](/help/articles/withdrawal-fees), [Withdrawal limits](/help/articles/withdrawal-limits), [Withdrawal pending](/help/articles/withdrawal-pending).`,
    },
  },
  {
    slug: "withdrawal-fees",
    category: "deposits-withdrawals",
    zh: {
      title: "提现手续费是多少",
      body: `链上提现会收取固定的网络手续费，金额取决于币种和网络，例如 USDT 走 TRC20 网络约 1 USDT，走 ERC20 网络约 3 USDT；Beacon 交易所用户之间的内部转账免手续费。实际手续费在提交提现前会显示在提现页面上。

## 手续费示例

| 币种 | 网络 | 手续费（示例） | 最低提现数量（示例） |
| --- | --- | --- | --- |
| USDT | TRC20 | 1 USDT | 10 USDT |
| USDT | ERC20 | 3 USDT（随 Gas 调整） | 10 USDT |
| USDT | BEP20 | 0.3 USDT | 10 USDT |
| USDT | Arbitrum | 0.1 USDT | 5 USDT |
| BTC | Bitcoin | 0.0002 BTC | 0.001 BTC |
| ETH | ERC20 | 0.001 ETH（随 Gas 调整） | 0.005 ETH |

以上仅为示例，手续费会根据链上拥堵情况动态调整，以提现页面显示为准。

## 手续费为什么会变化

提现手续费用于支付区块链的矿工费或 Gas 费。以太坊等网络拥堵时 Gas 费上涨，手续费也会相应上调；网络空闲时会下调。

## 如何降低手续费

- 选择手续费较低的网络，例如 TRC20、BEP20 或 Layer2，但请先确认接收方支持。
- 合并多笔小额提现为一笔。
- 转给 Beacon 交易所用户时使用「内部转账」，完全免费。

> 手续费从提现数量中扣除。例如提现 100 USDT（TRC20），实际到账 99 USDT。充值不收取任何平台手续费。`,
    },
    en: {
      title: "Withdrawal fees",
      body: `On-chain withdrawals carry a fixed network fee that depends on the coin and network — for example about 1 USDT for USDT on TRC20 and about 3 USDT on ERC20 — while internal transfers between Beacon Exchange users are free. The exact fee is shown on the withdrawal page before you submit.

## Example fees

| Coin | Network | Fee (example) | Minimum withdrawal (example) |
| --- | --- | --- | --- |
| USDT | TRC20 | 1 USDT | 10 USDT |
| USDT | ERC20 | 3 USDT (adjusted with gas) | 10 USDT |
| USDT | BEP20 | 0.3 USDT | 10 USDT |
| USDT | Arbitrum | 0.1 USDT | 5 USDT |
| BTC | Bitcoin | 0.0002 BTC | 0.001 BTC |
| ETH | ERC20 | 0.001 ETH (adjusted with gas) | 0.005 ETH |

These are examples; fees are adjusted dynamically with network congestion, and the withdrawal page always shows the current fee.

## Why fees change

The withdrawal fee covers the blockchain's miner or gas fee. When a network such as Ethereum is congested, gas prices rise and so does the fee; when it's quiet, the fee goes down.

## How to pay less

- Use a cheaper network such as TRC20, BEP20 or a Layer 2 — after confirming the recipient supports it.
- Combine several small withdrawals into one.
- Use **Internal transfer** when sending to another Beacon Exchange user; it's free.

> The fee is deducted from the withdrawal amount. For example, a 100 USDT withdrawal on TRC20 delivers 99 USDT. Deposits carry no platform fee.`,
    },
  },
  {
    slug: "withdrawal-pending",
    category: "deposits-withdrawals",
    zh: {
      title: "提现一直显示「审核中」或「处理中」怎么办",
      body: `大多数提现会在 30 分钟内完成；显示「审核中」通常是触发了安全审核（例如首次向新地址大额提现），一般在 2–24 小时内处理完毕。显示「处理中」说明已经在广播或等待区块确认，请用 TxID 在区块链浏览器上查看进度。

## 提现状态说明

| 状态 | 含义 | 通常时间 |
| --- | --- | --- |
| 审核中 | 风控或人工安全审核 | 2–24 小时 |
| 处理中 | 正在广播或等待确认 | 5–60 分钟 |
| 已完成 | Beacon 交易所已发出，可获取 TxID | — |
| 已取消 / 失败 | 资产已退回资金账户 | — |

## 进入审核的常见原因

- 首次向新地址提现，或单笔金额较大；
- 近期修改过安全设置或在新设备上登录；
- 账户存在异常登录或交易行为；
- 提现地址被标记为高风险地址。

## 「已完成」但对方没收到

1. 复制提现记录中的 TxID，在区块链浏览器上确认交易状态和接收地址。
2. 如果链上显示成功，请联系接收方平台，并提供 TxID。
3. 检查 Memo/Tag 是否填写正确。

## 可以撤销吗

只有在「审核中」状态时可以点击「取消」，资产会退回资金账户。进入「处理中」后无法撤销。

> 如果审核超过 24 小时仍未处理，请联系在线客服并提供提现记录截图。客服可能会请你补充资金来源说明或进行人脸识别。`,
    },
    en: {
      title: 'Withdrawal stuck on "Under review" or "Processing"',
      body: `Most withdrawals complete within 30 minutes; **Under review** usually means a security check was triggered (for example a first large withdrawal to a new address) and is normally cleared within 2–24 hours. **Processing** means the transaction is being broadcast or waiting for confirmations — use the TxID on a block explorer to follow it.

## What each status means

| Status | Meaning | Typical time |
| --- | --- | --- |
| Under review | Risk or manual security check | 2–24 hours |
| Processing | Broadcasting or awaiting confirmations | 5–60 minutes |
| Completed | Sent by Beacon Exchange; TxID available | — |
| Cancelled / Failed | Funds returned to your funding account | — |

## Common reasons for a review

- First withdrawal to a new address, or a large amount;
- A recent security change or a login from a new device;
- Unusual login or trading activity on the account;
- The destination address has been flagged as high-risk.

## "Completed" but the recipient hasn't received it

1. Copy the TxID from your withdrawal history and check the status and receiving address on a block explorer.
2. If the explorer shows success, contact the receiving platform with the TxID.
3. Check that any memo/tag was entered correctly.

## Can I cancel?

You can tap **Cancel** only while the status is **Under review**; the funds return to your funding account. Once it's **Processing**, it can't be cancelled.

> If a review has taken more than 24 hours, contact live chat with a screenshot of the withdrawal record. An agent may ask you to explain the source of funds or complete a face scan.`,
    },
  },
  {
    slug: "withdrawal-limits",
    category: "deposits-withdrawals",
    zh: {
      title: "提现额度是多少？如何提高",
      body: `提现额度由你的身份认证等级和 VIP 等级决定，按滚动 24 小时计算，例如 Lv1 认证用户每 24 小时最多可提现相当于 200,000 USDT 的资产。完成 Lv2 高级认证或提升 VIP 等级即可提高额度。

## 额度示例

| 账户情况 | 24 小时提现额度（示例） |
| --- | --- |
| 未认证 | 不可提现 |
| Lv1 基础认证 | 相当于 200,000 USDT |
| Lv2 高级认证 | 相当于 2,000,000 USDT |
| Lv2 + VIP 3 及以上 | 相当于 5,000,000 USDT 起 |

所有币种按提现时的价格折算成 USDT 后合并计算。你的实际额度显示在「资产」>「提现」页面。

## 其他限制

- **最低提现数量**：每个币种和网络不同，例如 USDT 最低 10 USDT。
- **单笔上限**：部分币种有单笔上限，大额请分多笔提交。
- **新地址限制**：开启「提现白名单」后，新增地址需要 24 小时后才能使用。
- **安全限制**：修改安全设置后 24 小时内暂停提现。

## 如何提高额度

1. 完成 [Lv2 高级认证](/help/articles/kyc-levels-and-limits)。
2. 提高 VIP 等级，见 [VIP 等级说明](/help/articles/vip-levels)。
3. 有临时大额需求时，可提交工单申请临时提额，需提供资金来源说明，通常 1–3 个工作日内审核。

> 内部转账同样计入 24 小时提现额度。`,
    },
    en: {
      title: "Withdrawal limits and how to raise them",
      body: `Your withdrawal limit depends on your verification level and VIP level and is calculated over a rolling 24 hours — for example, Lv1 verified users can withdraw up to the equivalent of 200,000 USDT every 24 hours. Completing Lv2 Advanced verification or reaching a higher VIP level raises the limit.

## Example limits

| Account | 24-hour withdrawal limit (example) |
| --- | --- |
| Unverified | No withdrawals |
| Lv1 Basic | Equivalent of 200,000 USDT |
| Lv2 Advanced | Equivalent of 2,000,000 USDT |
| Lv2 + VIP 3 or above | From the equivalent of 5,000,000 USDT |

All coins are converted to USDT at the price at the time of withdrawal and counted together. Your actual limit is shown on **Assets** > **Withdraw**.

## Other limits

- **Minimum withdrawal**: varies by coin and network, for example 10 USDT.
- **Per-withdrawal maximum**: some coins have one; split large amounts into several withdrawals.
- **New addresses**: with the withdrawal whitelist enabled, newly added addresses can be used after 24 hours.
- **Security lock**: withdrawals pause for 24 hours after a security change.

## How to raise your limit

1. Complete [Lv2 Advanced verification](/help/articles/kyc-levels-and-limits).
2. Move up a VIP level — see [VIP levels explained](/help/articles/vip-levels).
3. For a one-off large withdrawal, submit a ticket for a temporary increase with an explanation of the source of funds; reviews usually take 1–3 business days.

> Internal transfers also count towards your 24-hour withdrawal limit.`,
    },
  },
  {
    slug: "fiat-and-p2p-basics",
    category: "deposits-withdrawals",
    zh: {
      title: "法币与 P2P 交易入门",
      body: `P2P 交易是你与其他用户（商家）直接用法币买卖 USDT 等数字资产，Beacon 交易所作为中间方托管卖家的币，确认收款后再放币，买家本身不收取平台手续费。买币时先向商家付款再点击「我已付款」，通常 15 分钟内即可收到币。

## 如何用法币买币

1. 完成 Lv1 身份认证，进入「交易」>「P2P」，选择「购买」。
2. 选择币种（如 USDT）、法币和付款方式，挑选成交率高、完成单数多的商家。
3. 输入金额并下单，订单会锁定商家的币。
4. 在付款时限内（例如 15 分钟）通过订单中显示的收款方式**用本人实名账户**付款。
5. 付款后点击「我已付款」，等待商家确认放币。币会进入你的资金账户。

## 如何卖币换法币

1. 在 P2P 中选择「出售」，选择商家并下单，你的币会被平台托管。
2. 在**你自己的银行或支付账户**中确认已经收到全额款项后，再点击「确认收款并放币」，需输入交易密码。

## 出现纠纷怎么办

商家超时未放币或付款有问题时，在订单页点击「申诉」，上传付款凭证，客服会介入处理，通常 24 小时内给出结果。

> 务必在 P2P 订单页面内沟通。不要在未收到款项时放币，不要相信付款截图或「已付款」短信，也不要在付款备注中填写「USDT」「加密货币」等字样。`,
    },
    en: {
      title: "Fiat and P2P trading basics",
      body: `P2P trading lets you buy and sell crypto such as USDT directly with other users (merchants) for fiat currency; Beacon Exchange holds the seller's crypto in escrow and releases it once payment is confirmed, and buyers pay no platform fee. To buy, you pay the merchant, tap **I've paid**, and usually receive the crypto within 15 minutes.

## Buying crypto with fiat

1. Complete Lv1 verification, go to **Trade** > **P2P** and choose **Buy**.
2. Select the coin (for example USDT), your fiat currency and payment method, and pick a merchant with a high completion rate and many completed orders.
3. Enter an amount and place the order; the merchant's crypto is locked in escrow.
4. Within the payment window (for example 15 minutes), pay using the details shown in the order, **from an account in your own name**.
5. Tap **I've paid** and wait for the merchant to release the crypto. It goes to your funding account.

## Selling crypto for fiat

1. Choose **Sell** in P2P, pick a buyer and place the order; your crypto is held in escrow.
2. Only after you've confirmed the full payment has arrived **in your own bank or payment account**, tap **Confirm receipt and release** and enter your trading password.

## If there's a dispute

If the merchant doesn't release in time or there's a problem with a payment, tap **Appeal** on the order page and upload proof of payment. An agent will step in, usually with a decision within 24 hours.

> Keep all communication inside the P2P order chat. Never release crypto before the money has arrived, never trust payment screenshots or "payment sent" text messages, and don't write words like "USDT" or "crypto" in the payment reference.`,
    },
  },
];
