import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "spot-trading-basics",
    category: "trading",
    zh: {
      title: "现货交易入门",
      body: `现货交易就是用一种资产直接买卖另一种资产，例如用 USDT 买入 BTC，成交后 BTC 立即归你所有，没有杠杆，也没有强平风险。进入「交易」>「现货」，选择交易对，下限价单或市价单即可。

## 第一笔现货交易

1. 确认 USDT 已在交易账户中；如果在资金账户，请先 [划转](/help/articles/funding-and-trading-accounts)。
2. 进入「交易」>「现货」，搜索交易对，例如 BTC/USDT。
3. 在右侧下单区选择「买入」，选择订单类型：
   - **限价单**：自己设定价格，例如 60,000 USDT，价格到达时才成交；
   - **市价单**：按当前市场最优价格立即成交。
4. 输入数量或金额，点击「买入 BTC」。
5. 在页面下方的「当前委托」查看未成交订单，「历史委托」查看已成交订单。

## 读懂交易对

BTC/USDT 中，前面的 BTC 是**交易币**，后面的 USDT 是**计价币**。价格 60,000 表示 1 BTC = 60,000 USDT。

## 新手建议

- 先用小额熟悉下单流程。
- 使用限价单可以更好地控制成交价格。
- 买入前设置好止盈止损计划，见 [订单类型说明](/help/articles/order-types)。

> 数字资产价格波动剧烈，可能在短时间内大幅下跌。请只投入你能承受损失的资金。`,
    },
    en: {
      title: "Spot trading basics",
      body: `Spot trading means exchanging one asset directly for another — for example buying BTC with USDT — and the BTC is yours as soon as the trade fills, with no leverage and no liquidation risk. Go to **Trade** > **Spot**, pick a trading pair and place a limit or market order.

## Your first spot trade

1. Make sure your USDT is in your trading account; if it's in your funding account, [transfer it](/help/articles/funding-and-trading-accounts) first.
2. Go to **Trade** > **Spot** and search for a pair, for example BTC/USDT.
3. In the order panel, choose **Buy** and an order type:
   - **Limit**: you set the price, for example 60,000 USDT, and the order fills only if the market reaches it;
   - **Market**: fills immediately at the best available price.
4. Enter the quantity or amount and tap **Buy BTC**.
5. Check **Open orders** below the chart for unfilled orders and **Order history** for filled ones.

## Reading a trading pair

In BTC/USDT, BTC is the **base asset** and USDT is the **quote asset**. A price of 60,000 means 1 BTC = 60,000 USDT.

## Tips for beginners

- Start with a small amount to learn how orders work.
- Limit orders give you better control over the price you pay.
- Decide your take-profit and stop-loss levels before buying — see [Order types explained](/help/articles/order-types).

> Crypto prices are volatile and can fall sharply in a short time. Only invest money you can afford to lose.`,
    },
  },
  {
    slug: "order-types",
    category: "trading",
    zh: {
      title: "订单类型说明：限价、市价、止盈止损",
      body: `Beacon 交易所支持限价单、市价单、止盈止损单、计划委托和只做 Maker 等订单类型：想控制价格用限价单，想立即成交用市价单，想自动止损或止盈用止盈止损单。不同订单类型的手续费和成交方式不同。

## 常用订单类型

| 类型 | 说明 | 适用场景 |
| --- | --- | --- |
| 限价单 | 按指定价格或更优价格成交 | 不急于成交，希望控制价格 |
| 市价单 | 按当前最优价格立即成交 | 需要马上买入或卖出 |
| 止盈止损单 | 价格达到触发价后按预设价格下单 | 自动锁定利润或限制亏损 |
| 计划委托 | 价格突破某一价位时才挂出订单 | 突破行情 |
| 只做 Maker | 只挂单，会立即成交时自动撤销 | 确保按 Maker 费率成交 |

## 止盈止损示例

你以 60,000 USDT 买入 BTC，可以设置：

- 止盈：触发价 66,000，委托价 65,900；
- 止损：触发价 57,000，市价卖出。

价格先到哪一个，哪一个就被触发，另一个会自动撤销。

## 注意事项

- 市价单在行情剧烈波动或深度不足时可能产生较大**滑点**，成交均价可能偏离预期。
- 止损单如果选择「限价」委托，在急跌时可能无法成交，对成交要求高时建议选择「市价」。
- 合约的止盈止损可以选择按「最新价」或「标记价格」触发。

> 止盈止损单在触发前不会冻结资金，但触发时如果余额不足，订单将无法下达。`,
    },
    en: {
      title: "Order types explained: limit, market, stop",
      body: `Beacon Exchange supports limit, market, take-profit/stop-loss, trigger and post-only orders: use a limit order to control the price, a market order to fill immediately, and a take-profit/stop-loss order to close automatically. Each order type fills differently and may be charged a different fee.

## Common order types

| Type | How it works | When to use it |
| --- | --- | --- |
| Limit | Fills at your price or better | You're not in a hurry and want price control |
| Market | Fills immediately at the best available price | You need to buy or sell right now |
| Take-profit / stop-loss | Places an order when the trigger price is reached | Lock in profit or limit losses automatically |
| Trigger | Places an order only after the price breaks a level | Breakout strategies |
| Post-only | Only rests on the book; cancelled if it would fill immediately | Guarantee the maker fee |

## Take-profit / stop-loss example

You bought BTC at 60,000 USDT. You could set:

- Take-profit: trigger 66,000, limit price 65,900;
- Stop-loss: trigger 57,000, sell at market.

Whichever is reached first is triggered, and the other is cancelled automatically.

## Good to know

- Market orders can suffer significant **slippage** in fast markets or thin order books, so the average fill price may differ from what you expected.
- A stop-loss with a limit order may not fill in a sharp drop; if filling matters most, use a market stop.
- Futures take-profit/stop-loss orders can trigger on either the **last price** or the **mark price**.

> Take-profit/stop-loss orders don't lock funds before they trigger, but if your balance is insufficient when they do, the order can't be placed.`,
    },
  },
  {
    slug: "margin-trading-basics",
    category: "trading",
    zh: {
      title: "杠杆交易入门",
      body: `杠杆交易是以账户中的资产作抵押，向平台借入资金或币进行现货买卖，从而放大收益和风险，例如 3 倍杠杆下价格上涨 10% 约赚 30%，下跌 10% 也约亏 30%。借入资产按小时计息，风险率过低时仓位会被强制平仓。

## 全仓与逐仓

- **全仓杠杆**：账户内所有资产共同作为保证金，风险共担。
- **逐仓杠杆**：每个交易对单独计算保证金和风险，一个仓位被强平不影响其他仓位。

## 操作步骤

1. 进入「交易」>「杠杆」，选择交易对和全仓/逐仓模式，并开通杠杆账户（需完成风险测评）。
2. 将 USDT 等资产划转到杠杆账户作为保证金。
3. 点击「借币」，选择借入币种和数量，或在下单时开启「自动借币」。
4. 买入（做多）或卖出借来的币（做空）。
5. 平仓后点击「还币」，或开启「自动还币」归还本金和利息。

## 利息

借币利息按小时计算，不足 1 小时按 1 小时计。例如借入 10,000 USDT，小时利率 0.001%，每小时利息约 0.1 USDT。

## 风险率与强平

风险率 = 总资产 ÷（借入本金 + 未还利息）。例如风险率降到 110% 时会收到预警，降到 105% 时触发强制平仓（示例值）。强平机制详见 [强平机制说明](/help/articles/liquidation)。

> 杠杆会同时放大盈利和亏损，你可能损失全部保证金。新手请从 2–3 倍低杠杆开始。`,
    },
    en: {
      title: "Margin trading basics",
      body: `Margin trading lets you borrow funds or coins from the platform against the assets in your account and trade them on the spot market, amplifying both gains and losses — at 3x, a 10% price rise earns about 30%, and a 10% fall loses about 30%. Borrowed assets accrue hourly interest, and positions are liquidated if the margin level falls too low.

## Cross vs isolated

- **Cross margin**: all assets in the margin account act as collateral together and share the risk.
- **Isolated margin**: each pair has its own margin and risk, so liquidation of one position doesn't affect others.

## How to trade on margin

1. Go to **Trade** > **Margin**, choose a pair and cross or isolated mode, and activate margin trading (a short risk quiz is required).
2. Transfer USDT or other assets into the margin account as collateral.
3. Tap **Borrow** and choose a coin and amount, or turn on **Auto-borrow** when placing an order.
4. Buy (go long), or sell the borrowed coin (go short).
5. After closing, tap **Repay** — or turn on **Auto-repay** — to return the principal and interest.

## Interest

Interest is charged hourly, and any part of an hour counts as a full hour. For example, borrowing 10,000 USDT at 0.001% per hour costs about 0.1 USDT an hour.

## Margin level and liquidation

Margin level = total assets ÷ (borrowed principal + unpaid interest). For example, you may get a warning at 110% and be liquidated at 105% (example values). See [Liquidation explained](/help/articles/liquidation) for details.

> Leverage amplifies losses as well as gains, and you can lose all of your collateral. If you're new, start with low leverage such as 2–3x.`,
    },
  },
  {
    slug: "perpetual-futures-basics",
    category: "trading",
    zh: {
      title: "永续合约入门",
      body: `永续合约是一种没有到期日的合约，你只需投入一部分保证金就可以按所选杠杆做多或做空，价格通过资金费率与现货价格保持接近。Beacon 交易所的 USDT 本位永续合约用 USDT 作保证金和结算，最高可用 100 倍杠杆（因交易对而异）。

## 基本概念

- **做多/做空**：预期上涨开多，预期下跌开空，两个方向都可以获利。
- **杠杆与保证金**：例如开 10,000 USDT 的仓位，10 倍杠杆需要 1,000 USDT 初始保证金。
- **标记价格**：用于计算未实现盈亏和强平，综合多个交易所的现货价格得出，可防止被恶意插针强平。
- **资金费率**：多空双方每 8 小时互相支付的费用，见 [资金费率说明](/help/articles/funding-rate)。

## 开仓步骤

1. 进入「交易」>「合约」，完成合约开通测评。
2. 将 USDT 从资金账户划转到交易账户。
3. 选择交易对，例如 BTCUSDT 永续，设置保证金模式（全仓/逐仓）和杠杆倍数。
4. 选择限价或市价，输入数量，点击「开多」或「开空」。
5. 在「持仓」中查看未实现盈亏、强平价格，并设置止盈止损。

## 平仓

在「持仓」中点击「市价全平」或输入价格限价平仓，也可以通过止盈止损单自动平仓。

> 合约属于高风险产品。杠杆越高，强平价格离开仓价越近：100 倍杠杆下，价格反向波动不到 1% 就可能被强平。请务必设置止损，并阅读 [强平机制说明](/help/articles/liquidation)。`,
    },
    en: {
      title: "Perpetual futures basics",
      body: `A perpetual futures contract has no expiry date: you put up a fraction of the position as margin and go long or short with your chosen leverage, while a funding rate keeps the contract price close to the spot price. Beacon Exchange USDT-margined perpetuals use USDT for margin and settlement, with leverage of up to 100x depending on the pair.

## Key concepts

- **Long / short**: go long if you expect the price to rise, short if you expect it to fall — you can profit either way.
- **Leverage and margin**: a 10,000 USDT position at 10x needs 1,000 USDT of initial margin.
- **Mark price**: used for unrealised PnL and liquidation. It's derived from spot prices on several exchanges, which protects you from liquidation by brief price spikes.
- **Funding rate**: a payment exchanged between longs and shorts every 8 hours — see [Funding rate explained](/help/articles/funding-rate).

## Opening a position

1. Go to **Trade** > **Futures** and complete the futures knowledge quiz.
2. Transfer USDT from your funding account to your trading account.
3. Choose a contract such as BTCUSDT Perpetual, then set the margin mode (cross or isolated) and leverage.
4. Choose limit or market, enter the size and tap **Open long** or **Open short**.
5. Under **Positions**, check unrealised PnL and the liquidation price, and set a take-profit and stop-loss.

## Closing a position

Under **Positions**, tap **Market close** or close at a limit price — or let a take-profit/stop-loss order close it automatically.

> Futures are high-risk. The higher the leverage, the closer your liquidation price is to your entry: at 100x, a move of less than 1% against you can liquidate the position. Always use a stop-loss and read [Liquidation explained](/help/articles/liquidation).`,
    },
  },
  {
    slug: "liquidation",
    category: "trading",
    zh: {
      title: "强平（爆仓）机制说明",
      body: `当仓位的保证金率下降到维持保证金率时，系统会按标记价格触发强制平仓（俗称爆仓），以防止亏损超过保证金。触发强平的价格就是持仓页面显示的「预估强平价」，强平后剩余的保证金会注入风险准备金。

## 关键概念

- **维持保证金率（MMR）**：维持仓位所需的最低保证金比例，与仓位大小挂钩，采用阶梯制：仓位越大，维持保证金率越高。例如 BTCUSDT 仓位价值 50 万 USDT 以内为 0.4%，更大仓位会逐级提高。
- **保证金率**：（保证金余额 + 未实现盈亏）÷ 仓位价值。保证金率下降到维持保证金率时触发强平。
- **标记价格**：强平以标记价格而不是最新成交价判断，可避免因短暂插针被强平。
- **风险准备金（保险基金）**：强平单以优于破产价的价格成交时，剩余部分注入风险准备金；当强平单成交价差于破产价，产生的穿仓亏损由风险准备金弥补。
- **自动减仓（ADL）**：极端行情下风险准备金不足时，系统会按盈利和杠杆排序，对反向盈利仓位进行自动减仓。持仓页面的 ADL 指示灯显示你的排队位置。

## 强平价格示例（逐仓，已简化）

以 60,000 USDT 开 10 倍 BTC 多仓，维持保证金率 0.4%：

强平价 ≈ 开仓价 ×（1 − 1/杠杆）÷（1 − 维持保证金率）= 60,000 × 0.9 ÷ 0.996 ≈ 54,217 USDT

实际强平价还受手续费、全仓模式下的其他仓位等影响，以持仓页面显示为准。

## 如何降低强平风险

1. 降低杠杆倍数。
2. 逐仓模式下及时追加保证金。
3. 设置止损，主动在强平前离场。
4. 留意资金费率，它也会持续影响保证金余额。

> 保证金率接近维持保证金率时，系统会通过 App 推送和邮件发出预警，但行情剧烈时可能来不及提醒，请不要依赖预警来管理风险。`,
    },
    en: {
      title: "Liquidation explained",
      body: `When a position's margin ratio falls to the maintenance margin ratio, the system liquidates it based on the mark price so that losses don't exceed your margin. The price at which this happens is the **estimated liquidation price** shown on the position, and any margin left after liquidation goes into the insurance fund.

## Key concepts

- **Maintenance margin ratio (MMR)**: the minimum margin needed to keep a position open. It's tiered by position size — the larger the position, the higher the MMR. For example, BTCUSDT positions up to 500,000 USDT might use 0.4%, with higher tiers above that.
- **Margin ratio**: (margin balance + unrealised PnL) ÷ position value. Liquidation is triggered when it falls to the MMR.
- **Mark price**: liquidation uses the mark price rather than the last traded price, so a brief spike won't liquidate you.
- **Insurance fund**: if a liquidation order fills at a better price than the bankruptcy price, the remainder goes into the insurance fund; if it fills at a worse price, the fund covers the resulting deficit.
- **Auto-deleveraging (ADL)**: in extreme markets, if the insurance fund can't cover losses, profitable opposing positions are reduced in order of profit and leverage. The ADL indicator on your position shows your place in the queue.

## Liquidation price example (isolated, simplified)

A 10x BTC long opened at 60,000 USDT with an MMR of 0.4%:

Liquidation price ≈ entry × (1 − 1/leverage) ÷ (1 − MMR) = 60,000 × 0.9 ÷ 0.996 ≈ 54,217 USDT

Fees and, in cross mode, your other positions also affect the real figure; always check the price shown on your position.

## How to reduce liquidation risk

1. Use lower leverage.
2. In isolated mode, add margin when needed.
3. Set a stop-loss so you exit before liquidation.
4. Watch the funding rate, which also affects your margin balance over time.

> You'll get app and email warnings as your margin ratio approaches the MMR, but in a fast market there may be no time for a warning. Don't rely on alerts to manage your risk.`,
    },
  },
  {
    slug: "funding-rate",
    category: "trading",
    zh: {
      title: "资金费率是什么？如何计算",
      body: `资金费率是永续合约多空双方之间定期互相支付的费用，用于让合约价格贴近现货价格：费率为正时多头付给空头，为负时空头付给多头。Beacon 交易所每 8 小时结算一次（UTC 0:00、8:00、16:00），只有在结算时刻持有仓位才会收付资金费用。

## 计算方式

资金费用 = 仓位价值 × 资金费率

例如你持有价值 10,000 USDT 的 BTC 多仓，结算时资金费率为 0.01%：

- 你需要支付 10,000 × 0.01% = 1 USDT；
- 如果你持有的是空仓，则会收到 1 USDT。

资金费用直接从保证金余额中扣除或计入，与杠杆倍数无关，只与仓位价值有关。

## 在哪里查看

- 合约交易页面顶部显示「资金费率」和「下次结算倒计时」。
- 「资产」>「账单」中可筛选「资金费用」查看每次收付记录。

## 需要注意

- 资金费率由平台根据合约与现货的溢价计算，**不是**平台收取的手续费，全部在用户之间转移。
- 行情单边时费率可能显著升高，例如达到 0.1% 以上；长期持仓的成本会明显增加。
- 费率有上下限，例如 ±0.375%（示例值），极端行情下结算频率可能调整，会提前公告。

> 在结算前几秒平仓即可不参与本次资金费用结算，但请注意临近结算时市场波动和滑点可能增大。`,
    },
    en: {
      title: "Funding rate explained",
      body: `The funding rate is a periodic payment exchanged between long and short holders of a perpetual contract to keep its price close to spot: when the rate is positive, longs pay shorts; when it's negative, shorts pay longs. Beacon Exchange settles funding every 8 hours (00:00, 08:00 and 16:00 UTC), and you only pay or receive it if you hold a position at the settlement time.

## How it's calculated

Funding fee = position value × funding rate

For example, if you hold a 10,000 USDT BTC long and the rate at settlement is 0.01%:

- you pay 10,000 × 0.01% = 1 USDT;
- if you held a short instead, you'd receive 1 USDT.

The fee is taken from or added to your margin balance. It depends on position value, not on leverage.

## Where to find it

- The futures trading page shows the current **Funding rate** and a countdown to the next settlement.
- Under **Assets** > **Bills**, filter by **Funding fee** to see each payment.

## Good to know

- The rate is calculated from the premium between the contract and spot prices. It's **not** a Beacon Exchange fee — it passes entirely between users.
- In one-sided markets the rate can rise sharply, for example above 0.1%, making long-held positions noticeably more expensive.
- The rate is capped, for example at ±0.375% (example value). In extreme conditions the settlement interval may change, with advance notice.

> Closing a position a few seconds before settlement avoids that funding payment, but be aware that volatility and slippage can increase around settlement.`,
    },
  },
  {
    slug: "trading-fees",
    category: "trading",
    zh: {
      title: "交易手续费与 VIP 费率",
      body: `Beacon 交易所按挂单（Maker）和吃单（Taker）分别收取手续费，例如普通用户现货挂单 0.08%、吃单 0.10%，USDT 本位合约挂单 0.02%、吃单 0.05%。VIP 等级越高费率越低，实际费率在「费率」页面查看。

## 挂单和吃单

- **挂单（Maker）**：你的订单没有立即成交，而是挂在订单簿上等待他人成交，为市场提供了流动性，费率较低。
- **吃单（Taker）**：你的订单立即与订单簿上已有的订单成交，例如市价单，费率较高。

## 费率示例

| 等级 | 现货 挂单/吃单 | 合约 挂单/吃单 |
| --- | --- | --- |
| VIP 0 | 0.080% / 0.100% | 0.020% / 0.050% |
| VIP 1 | 0.070% / 0.090% | 0.018% / 0.045% |
| VIP 2 | 0.060% / 0.080% | 0.016% / 0.040% |
| VIP 3 | 0.040% / 0.060% | 0.012% / 0.035% |

## 手续费计算示例

用市价单买入 1,000 USDT 的 BTC（VIP 0 吃单 0.10%），手续费为 1 USDT 等值的 BTC，从买入的 BTC 中扣除。

## 如何降低手续费

1. 使用限价单或「只做 Maker」订单，按挂单费率成交。
2. 提升 VIP 等级，见 [VIP 等级说明](/help/articles/vip-levels)。
3. 关注平台不定期推出的手续费优惠活动。

> 合约手续费按仓位价值（而不是保证金）计算。例如 1,000 USDT 保证金、10 倍杠杆开仓，仓位价值 10,000 USDT，吃单手续费约 5 USDT。`,
    },
    en: {
      title: "Trading fees and VIP tiers",
      body: `Beacon Exchange charges separate maker and taker fees — for regular users, for example, 0.08% maker and 0.10% taker on spot, and 0.02% maker and 0.05% taker on USDT-margined futures. Higher VIP levels pay lower rates; the Fees page shows your current rate.

## Maker vs taker

- **Maker**: your order doesn't fill immediately but rests on the order book until someone trades against it. It adds liquidity, so the fee is lower.
- **Taker**: your order fills immediately against an existing order, as a market order does. The fee is higher.

## Example rates

| Level | Spot maker / taker | Futures maker / taker |
| --- | --- | --- |
| VIP 0 | 0.080% / 0.100% | 0.020% / 0.050% |
| VIP 1 | 0.070% / 0.090% | 0.018% / 0.045% |
| VIP 2 | 0.060% / 0.080% | 0.016% / 0.040% |
| VIP 3 | 0.040% / 0.060% | 0.012% / 0.035% |

## Fee example

Buying 1,000 USDT worth of BTC with a market order at VIP 0 (0.10% taker) costs 1 USDT worth of BTC, deducted from the BTC you receive.

## How to pay less

1. Use limit or post-only orders to pay the maker rate.
2. Move up a VIP level — see [VIP levels explained](/help/articles/vip-levels).
3. Watch for fee promotions announced from time to time.

> Futures fees are charged on position value, not margin. Opening 10,000 USDT of position with 1,000 USDT of margin at 10x costs about 5 USDT as a taker.`,
    },
  },
  {
    slug: "order-not-filled",
    category: "trading",
    zh: {
      title: "为什么我的订单没有成交",
      body: `限价单只有在市场价格达到你设定的价格、且有对手方愿意成交时才会成交，所以挂单价格离市价较远是订单未成交最常见的原因。你可以在「当前委托」中查看订单状态，修改价格或撤单后改用市价单。

## 常见原因

| 原因 | 说明与处理 |
| --- | --- |
| 限价偏离市价 | 买单价格低于卖一价、卖单价格高于买一价时会一直挂着，可改价或等待 |
| 只成交了一部分 | 该价位的对手单数量不足，状态为「部分成交」，剩余部分仍在挂单 |
| 只做 Maker 被撤销 | 设置了「只做 Maker」，订单会立即成交时系统自动撤单 |
| 止盈止损未触发 | 价格未达到触发价，或合约按「标记价格」触发而最新价已到 |
| 余额不足 | 资产在资金账户或被其他挂单冻结 |
| 低于最小下单量 | 例如 BTC/USDT 最小下单金额为 5 USDT |
| 价格超出限价保护 | 委托价偏离标记价格过大时会被拒绝 |
| 交易对暂停 | 维护或风控期间暂停交易，以公告为准 |

## 为什么 K 线到了我的价格却没成交

K 线显示的是成交价。即使价格「碰到」了你的挂单价，同一价位可能有更早的订单排在前面（按价格优先、时间优先撮合），如果成交量不足，你的订单可能没有轮到。

## 市价单为什么成交价与预期不同

深度不足或行情剧烈时，市价单会吃掉多个价位的挂单，产生滑点。大额交易建议分批或使用限价单。

> 如果你确认价格已明显穿过挂单价但订单仍未成交，请联系在线客服并提供订单号。`,
    },
    en: {
      title: "Why wasn't my order filled?",
      body: `A limit order only fills when the market reaches your price and someone is willing to trade at it, so a price far from the market is the most common reason an order stays open. Check the status under **Open orders**, and either change the price or cancel and use a market order instead.

## Common reasons

| Reason | What it means / what to do |
| --- | --- |
| Limit price away from market | A buy below the best ask or a sell above the best bid waits on the book; edit the price or wait |
| Partially filled | Not enough volume at that price; the status shows **Partially filled** and the rest stays open |
| Post-only cancelled | With **Post-only**, an order that would fill immediately is cancelled automatically |
| Stop not triggered | The trigger price wasn't reached, or a futures stop uses the mark price while the last price hit it |
| Insufficient balance | Funds are in the funding account or locked by other open orders |
| Below minimum order size | For example, BTC/USDT has a 5 USDT minimum |
| Outside price protection | Orders too far from the mark price are rejected |
| Trading paused | Maintenance or risk controls; see announcements |

## The chart touched my price — why no fill?

Candles show traded prices. Even if the price "touched" your level, orders at the same price are matched by price and then time priority, so earlier orders fill first. If there wasn't enough volume, your order may not have been reached.

## Why did my market order fill at a different price?

In thin or fast markets, a market order eats through several price levels, causing slippage. For large trades, split the order or use limit orders.

> If the price clearly traded through your limit and the order still didn't fill, contact live chat with the order ID.`,
    },
  },
];
