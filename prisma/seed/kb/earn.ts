import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "flexible-savings",
    category: "earn",
    zh: {
      title: "活期理财与定期理财介绍",
      body: `活期理财可随时申购和赎回，按日计算收益，适合短期闲置资金；定期理财需锁定 7 天、30 天或 90 天等固定期限，年化收益率通常高于活期。进入「理财」选择币种和产品，输入数量即可申购。

## 活期与定期对比

| | 活期理财 | 定期理财 |
| --- | --- | --- |
| 期限 | 无固定期限 | 7 / 30 / 90 天等 |
| 年化收益率（示例） | USDT 约 3%，随市场浮动 | USDT 约 5%，申购时锁定 |
| 赎回 | 随时赎回，通常即时到账 | 到期自动返还；提前赎回会损失收益 |
| 起投金额（示例） | 1 USDT | 100 USDT |

## 申购步骤

1. 进入「理财」，搜索币种，例如 USDT。
2. 选择「活期」或某个期限的「定期」产品，查看年化收益率和规则。
3. 输入申购数量，资金将从资金账户扣除。
4. 勾选同意产品协议，点击「申购」。
5. 在「理财」>「我的持仓」中查看持有数量和累计收益。

## 自动申购

开启活期产品的「自动申购」后，资金账户中该币种的闲置余额会在每天固定时间自动转入活期理财，需要使用时直接赎回即可。

> 页面显示的年化收益率为参考值，实际收益会随市场借贷需求变化。活期理财收益不保证，请阅读 [理财产品风险说明](/help/articles/earn-risks)。`,
    },
    en: {
      title: "Flexible and fixed savings explained",
      body: `Flexible savings can be subscribed to and redeemed at any time and earn rewards daily, which suits short-term idle funds; fixed savings lock your assets for a set term such as 7, 30 or 90 days, usually at a higher APR. Go to **Earn**, choose a coin and product, and enter an amount to subscribe.

## Flexible vs fixed

| | Flexible savings | Fixed savings |
| --- | --- | --- |
| Term | None | 7 / 30 / 90 days etc. |
| APR (example) | About 3% for USDT, variable | About 5% for USDT, locked at subscription |
| Redemption | Any time, usually instant | Returned automatically at maturity; early redemption forfeits rewards |
| Minimum (example) | 1 USDT | 100 USDT |

## How to subscribe

1. Go to **Earn** and search for a coin, for example USDT.
2. Choose **Flexible** or a fixed-term product and review the APR and terms.
3. Enter the amount; it's taken from your funding account.
4. Accept the product terms and tap **Subscribe**.
5. Check your holdings and accumulated rewards under **Earn** > **My positions**.

## Auto-subscribe

With **Auto-subscribe** turned on for a flexible product, idle balances of that coin in your funding account are moved into flexible savings at a set time each day. Just redeem when you need the funds.

> The APR shown is indicative; actual rewards change with market lending demand. Flexible rewards aren't guaranteed — please read [Risks of Earn products](/help/articles/earn-risks).`,
    },
  },
  {
    slug: "staking",
    category: "earn",
    zh: {
      title: "什么是质押（Staking）",
      body: `质押是把 ETH、SOL、DOT 等权益证明（PoS）币种通过 Beacon 交易所委托给区块链验证节点，获得链上发放的质押奖励，年化收益率随网络情况浮动。质押期间资产会被锁定，赎回时需要等待链上的解锁期。

## 质押如何产生收益

PoS 区块链依靠质押的代币来维护网络安全。Beacon 交易所代你运行或委托验证节点，链上发放的奖励扣除一定比例的服务费（例如 10%）后按日分配给你。

## 质押步骤

1. 进入「理财」>「质押」，选择币种，例如 ETH。
2. 查看参考年化收益率、最低数量、服务费和解锁期。
3. 输入数量，确认协议后点击「质押」。
4. 奖励通常从质押后的第 2 天开始计算，每日发放到资金账户或自动复投。

## 解锁期示例

| 币种 | 解锁期（示例） |
| --- | --- |
| ETH | 通常 1–5 天，网络排队时更长 |
| SOL | 约 2–3 天（1 个 epoch 左右） |
| DOT | 约 28 天 |
| ATOM | 约 21 天 |

解锁期内没有收益，资产也无法使用或转出。

## 流动性质押

部分币种提供流动性质押凭证（例如质押 ETH 获得 BETH），凭证可以交易或转让，让你在质押期间仍保留一定流动性，但凭证价格可能与原币存在折价。

> 验证节点出现严重故障时，部分链会执行罚没（Slashing），质押本金可能减少。详见 [理财产品风险说明](/help/articles/earn-risks)。`,
    },
    en: {
      title: "What is staking?",
      body: `Staking means delegating proof-of-stake (PoS) coins such as ETH, SOL or DOT to blockchain validators through Beacon Exchange and receiving the staking rewards paid by the network, at an APR that varies with network conditions. Staked assets are locked, and when you unstake you wait for the chain's unbonding period.

## Where the rewards come from

PoS blockchains are secured by staked tokens. Beacon Exchange runs or delegates to validators on your behalf; the on-chain rewards, minus a service fee (for example 10%), are distributed to you daily.

## How to stake

1. Go to **Earn** > **Staking** and choose a coin, for example ETH.
2. Review the indicative APR, minimum amount, service fee and unbonding period.
3. Enter the amount, accept the terms and tap **Stake**.
4. Rewards usually start accruing from the day after you stake and are paid daily to your funding account, or restaked automatically.

## Example unbonding periods

| Coin | Unbonding (example) |
| --- | --- |
| ETH | Usually 1–5 days, longer when the exit queue is busy |
| SOL | About 2–3 days (roughly one epoch) |
| DOT | About 28 days |
| ATOM | About 21 days |

During unbonding you earn no rewards and can't use or transfer the assets.

## Liquid staking

Some coins offer a liquid staking token (for example stake ETH, receive BETH) that can be traded or transferred, so you keep some liquidity while staked. The token may trade at a discount to the underlying coin.

> If a validator misbehaves badly, some chains apply slashing, which can reduce your staked principal. See [Risks of Earn products](/help/articles/earn-risks).`,
    },
  },
  {
    slug: "earn-rewards-calculation",
    category: "earn",
    zh: {
      title: "理财收益如何计算和发放",
      body: `理财收益按「持有数量 × 年化收益率 ÷ 365」按日计算，活期产品通常在申购后的次日开始计息、每日发放到账户。例如持有 10,000 USDT 活期、年化 3.65%，每天收益约 1 USDT。

## 计息时间（示例）

| 产品 | 开始计息 | 发放方式 |
| --- | --- | --- |
| 活期理财 | 申购后次日 UTC 0:00 | 每日发放，自动复投 |
| 定期理财 | 申购后次日 | 每日发放或到期一次性发放，以产品规则为准 |
| 质押 | 申购后第 2 天 | 每日发放 |

UTC 0:00 之前申购的资金按当天确认，之后申购的顺延一天。

## 阶梯利率

部分活期产品采用阶梯利率，例如：

- 0–5,000 USDT 部分：年化 5%；
- 超过 5,000 USDT 的部分：年化 2%。

持有 8,000 USDT 时，每日收益 ≈（5,000 × 5% + 3,000 × 2%）÷ 365 ≈ 0.85 USDT。

## 查看收益

在「理财」>「我的持仓」中点击产品，可以看到昨日收益、累计收益和每日明细；也可以在「资产」>「账单」中筛选「理财收益」。

> 年化收益率为参考值，活期产品的利率可能每天调整。平台推出的新人加息券、限时高收益等活动通常有额度和期限限制，请以活动规则为准。`,
    },
    en: {
      title: "How Earn rewards are calculated and paid",
      body: `Earn rewards are calculated daily as amount held × APR ÷ 365, and flexible products usually start accruing the day after you subscribe, with rewards paid daily. For example, 10,000 USDT in flexible savings at 3.65% APR earns about 1 USDT a day.

## When rewards start (example)

| Product | Accrual starts | Payout |
| --- | --- | --- |
| Flexible savings | 00:00 UTC the day after subscribing | Daily, auto-compounded |
| Fixed savings | The day after subscribing | Daily or at maturity, depending on the product |
| Staking | The second day after subscribing | Daily |

Subscriptions made before 00:00 UTC are confirmed that day; later ones move to the next day.

## Tiered rates

Some flexible products use tiered rates, for example:

- 0–5,000 USDT: 5% APR;
- above 5,000 USDT: 2% APR.

Holding 8,000 USDT, your daily reward ≈ (5,000 × 5% + 3,000 × 2%) ÷ 365 ≈ 0.85 USDT.

## Where to see rewards

Tap a product under **Earn** > **My positions** to see yesterday's rewards, total rewards and a daily breakdown, or filter **Assets** > **Bills** by **Earn rewards**.

> APRs are indicative, and flexible rates can change daily. Promotions such as new-user rate boosts or limited-time offers usually have caps and time limits — check the campaign terms.`,
    },
  },
  {
    slug: "earn-redemption-times",
    category: "earn",
    zh: {
      title: "理财赎回需要多长时间",
      body: `活期理财赎回通常即时到账，大额赎回或额度紧张时可能需要 1 个工作日；定期理财到期后 24 小时内自动返还到资金账户；质押产品赎回需要等待链上解锁期，例如 DOT 约 28 天。赎回进度可在「理财」>「我的持仓」中查看。

## 各类产品的赎回时间（示例）

| 产品 | 赎回方式 | 到账时间 |
| --- | --- | --- |
| 活期理财 | 随时赎回 | 通常即时；额度不足时 T+1 |
| 定期理财 | 到期自动返还 | 到期后 24 小时内 |
| 定期理财（提前赎回） | 部分产品支持 | 即时或 T+1，已发放收益会被扣回 |
| 质押 | 申请解除质押 | 按链上解锁期，例如 ETH 1–5 天、ATOM 约 21 天 |

## 赎回步骤

1. 进入「理财」>「我的持仓」，选择产品。
2. 点击「赎回」，输入数量（活期可部分赎回）。
3. 选择「快速赎回」或「普通赎回」（如有），确认后提交。
4. 到账后资产进入资金账户，可直接交易或提现。

## 为什么赎回没有即时到账

- 单日快速赎回额度已用完，例如每人每日 100,000 USDT（示例），超出部分转为普通赎回，T+1 到账；
- 质押产品处于链上解锁期；
- 系统维护期间赎回暂停，会提前公告。

> 如果你需要在某个日期使用资金，请提前留出赎回时间，尤其是质押和定期产品。`,
    },
    en: {
      title: "How long does redemption take?",
      body: `Flexible savings are usually redeemed instantly, though large redemptions or busy periods can take up to 1 business day; fixed savings are returned to your funding account within 24 hours of maturity; staking redemptions wait for the chain's unbonding period, for example about 28 days for DOT. Track progress under **Earn** > **My positions**.

## Redemption times by product (example)

| Product | How | Arrives |
| --- | --- | --- |
| Flexible savings | Redeem any time | Usually instant; next day if the quota is used up |
| Fixed savings | Returned automatically at maturity | Within 24 hours of maturity |
| Fixed savings (early) | Supported on some products | Instant or next day; rewards already paid are deducted |
| Staking | Request to unstake | Per the chain's unbonding period, e.g. ETH 1–5 days, ATOM about 21 days |

## How to redeem

1. Go to **Earn** > **My positions** and select the product.
2. Tap **Redeem** and enter the amount (flexible products allow partial redemption).
3. Choose **Fast** or **Standard** redemption if offered, and confirm.
4. Once it arrives, the assets are in your funding account, ready to trade or withdraw.

## Why isn't my redemption instant?

- The daily fast-redemption quota is used up — for example 100,000 USDT per user per day (example) — so the rest is processed as standard redemption the next day;
- Staked assets are in the chain's unbonding period;
- Redemptions are paused during scheduled maintenance, which is announced in advance.

> If you need funds by a particular date, leave enough time to redeem — especially for staking and fixed-term products.`,
    },
  },
  {
    slug: "earn-risks",
    category: "earn",
    zh: {
      title: "理财产品风险说明",
      body: `理财产品不是银行存款，收益不保证、本金也不受存款保险保护：页面上的年化收益率只是参考，币价下跌、链上罚没、流动性不足等都可能让你的实际收益低于预期。申购前请确认你了解产品规则，并只投入短期内不需要使用的资金。

## 主要风险

- **价格风险**：收益以所投币种计算。例如质押 1 ETH 获得 3% 收益，但若 ETH 价格下跌 20%，以 USDT 计算的资产仍会大幅缩水。
- **利率浮动**：活期产品的年化收益率随市场借贷需求变化，可能每天调整，甚至明显降低。
- **流动性风险**：定期和质押产品在锁定期或解锁期内无法使用资金；市场剧烈波动时你也无法及时卖出。
- **罚没风险（Slashing）**：质押的验证节点发生双签、长时间离线等问题时，链上可能扣除部分本金。
- **智能合约与协议风险**：涉及链上 DeFi 协议的产品，可能因合约漏洞或协议故障造成损失。
- **流动性质押凭证折价**：凭证在市场上的价格可能低于其代表的原生资产。

## 如何降低风险

1. 阅读产品详情页中的「产品规则」和「风险提示」。
2. 分散配置，不要把全部资产投入同一产品或同一币种。
3. 优先选择自己了解的币种和期限。
4. 警惕站外承诺「保本高收益」的理财项目，Beacon 交易所的理财产品只在官网和 App 的「理财」页面提供。

> 过往收益不代表未来表现。如对产品有疑问，请先联系在线客服再申购。`,
    },
    en: {
      title: "Risks of Earn products",
      body: `Earn products are not bank deposits: returns aren't guaranteed and your principal isn't covered by deposit insurance. The APR shown is only indicative, and falling prices, slashing or limited liquidity can all leave you with less than you expected, so make sure you understand the terms and only commit funds you won't need soon.

## Main risks

- **Price risk**: rewards are paid in the coin you commit. If you stake 1 ETH for a 3% reward and ETH falls 20%, your holding is still worth much less in USDT.
- **Variable rates**: flexible APRs follow market lending demand, can change daily and may drop significantly.
- **Liquidity risk**: fixed-term and staked assets can't be used during the lock-up or unbonding period, so you can't sell quickly in a volatile market.
- **Slashing**: if a validator double-signs or stays offline for long, the chain may take part of the staked principal.
- **Smart contract and protocol risk**: products that use on-chain DeFi protocols can suffer losses from contract bugs or protocol failures.
- **Liquid staking discounts**: a liquid staking token may trade below the value of the asset it represents.

## Reducing your risk

1. Read the **Product terms** and **Risk disclosure** on each product page.
2. Diversify — don't put all your assets into one product or one coin.
3. Stick to coins and terms you understand.
4. Be wary of off-platform schemes promising "guaranteed high returns". Beacon Exchange Earn products are offered only on the **Earn** page of the official website and app.

> Past returns don't guarantee future results. If you're unsure about a product, ask live chat before subscribing.`,
    },
  },
];
