import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "data-we-collect",
    category: "privacy",
    zh: {
      title: "Beacon 交易所会收集哪些个人数据",
      body: `我们只收集提供服务、保障账户安全和履行法律合规义务所必需的数据，主要包括注册信息、身份认证资料、交易与资产记录以及登录设备信息。我们不会出售你的个人数据。

## 收集的数据类型

| 类别 | 示例 | 用途 |
| --- | --- | --- |
| 账户信息 | 邮箱、手机号、昵称 | 注册登录、发送通知 |
| 身份认证资料 | 姓名、证件信息、人脸照片、地址证明 | 身份认证（KYC）和反洗钱合规 |
| 交易与资产数据 | 充值、提现、订单、链上地址 | 提供交易服务、对账、风险控制 |
| 设备与登录信息 | IP 地址、设备型号、浏览器、登录时间 | 识别异常登录、保护账户安全 |
| 客服沟通记录 | 在线客服聊天、工单内容、附件 | 处理你的问题、改进服务质量 |

## 数据如何被保护

- 身份证件等敏感资料加密存储，仅限经授权的合规人员在需要时访问，所有访问均留有记录。
- 数据传输全程使用 TLS 加密。
- 客服人员只能看到处理你当前问题所需的信息，例如证件号码会做部分隐藏。

## 与第三方共享

我们仅在以下情况下共享数据：委托身份核验等服务商处理（受合同约束）、依法响应执法或监管机构的要求，或取得你的明确同意。

> 了解如何查阅、导出或更正你的数据，请参见 [如何申请查阅或导出个人数据](/help/articles/data-requests)。`,
    },
    en: {
      title: "What personal data does Beacon Exchange collect?",
      body: `We only collect the data we need to provide our services, keep your account secure and meet our legal and compliance obligations — mainly your registration details, identity verification documents, trading and asset records, and login device information. We never sell your personal data.

## Types of data we collect

| Category | Examples | Why |
| --- | --- | --- |
| Account details | Email, phone number, nickname | Sign-up, login and notifications |
| Identity verification | Name, ID details, face images, proof of address | KYC and anti-money-laundering compliance |
| Trading and asset data | Deposits, withdrawals, orders, blockchain addresses | Providing trading services, reconciliation, risk control |
| Device and login data | IP address, device model, browser, login times | Detecting unusual logins and protecting your account |
| Support conversations | Live chat, tickets, attachments | Resolving your issues and improving our service |

## How your data is protected

- Sensitive documents such as ID images are encrypted at rest and can only be accessed by authorised compliance staff when needed; every access is logged.
- All data is encrypted in transit with TLS.
- Support agents only see what they need for your current issue — ID numbers, for example, are partially masked.

## Sharing with third parties

We share data only with service providers acting on our behalf, such as identity verification vendors bound by contract; when legally required by law enforcement or regulators; or with your explicit consent.

> To find out how to access, export or correct your data, see [How to request or export your personal data](/help/articles/data-requests).`,
    },
  },
  {
    slug: "data-requests",
    category: "privacy",
    zh: {
      title: "如何申请查阅或导出个人数据",
      body: `你可以在「账户」>「隐私设置」>「数据请求」中申请查阅、导出或更正你的个人数据，我们通常会在 30 天内完成处理。交易、充值和提现记录也可以在「资产」>「账单」中随时自助导出。

## 你可以提出的请求

- **查阅**：了解我们保存了你的哪些个人数据以及用途。
- **导出**：以通用格式（如 CSV、JSON）获取你的数据副本。
- **更正**：更正不准确的信息。身份认证信息请参见 [如何更新身份认证信息](/help/articles/update-kyc-information)。
- **限制处理或撤回同意**：例如关闭营销邮件和个性化推荐。

## 提交步骤

1. 进入「账户」>「隐私设置」>「数据请求」。
2. 选择请求类型，并说明需要的数据范围，例如「2024 年全年交易记录」。
3. 完成安全验证，以确认是账户本人提出请求。
4. 处理完成后，你会收到站内信和邮件；导出文件需登录后在页面下载，链接 7 天内有效。

## 自助导出交易记录

进入「资产」>「账单」或「订单历史」，选择时间范围（单次最长 12 个月），点击「导出」，通常几分钟内生成文件，适合报税和对账使用。

> 我们不会通过邮件附件发送个人数据。任何自称 Beacon 交易所、要求你点击链接「下载数据」的邮件，请先核对 [防钓鱼码](/help/articles/anti-phishing-code)。`,
    },
    en: {
      title: "How to request or export your personal data",
      body: `You can ask to access, export or correct your personal data under **Account** > **Privacy settings** > **Data requests**, and we usually complete requests within 30 days. Trade, deposit and withdrawal records can also be exported yourself at any time from **Assets** > **Bills**.

## What you can request

- **Access**: find out what personal data we hold about you and why.
- **Export**: receive a copy of your data in a common format such as CSV or JSON.
- **Correction**: fix inaccurate information. For identity details, see [How to update your KYC information](/help/articles/update-kyc-information).
- **Restriction or withdrawal of consent**: for example, turning off marketing emails and personalised recommendations.

## How to submit a request

1. Go to **Account** > **Privacy settings** > **Data requests**.
2. Choose the request type and describe the data you need, for example "all trade history for 2024".
3. Complete security verification so we know the request comes from the account owner.
4. When it's ready you'll get an in-app message and an email. Exported files can be downloaded after logging in; the link is valid for 7 days.

## Export your transaction history yourself

Go to **Assets** > **Bills** or **Order history**, choose a date range (up to 12 months at a time) and tap **Export**. The file is usually ready within a few minutes — handy for tax reporting and reconciliation.

> We never send personal data as email attachments. If an email claiming to be from Beacon Exchange asks you to click a link to "download your data", check the [anti-phishing code](/help/articles/anti-phishing-code) first.`,
    },
  },
  {
    slug: "delete-account",
    category: "privacy",
    zh: {
      title: "如何注销账户",
      body: `在「账户」>「隐私设置」>「注销账户」中提交申请，确认账户内没有资产、挂单、持仓和未完成的订单后，通常 7 个工作日内完成注销。注销后账户无法恢复，同一身份信息在一定期限内可能无法再次注册。

## 注销前请完成

1. 将所有资产提现到你自己的钱包或其他账户，余额为零或仅剩无法提现的极小额资产。
2. 撤销所有挂单，平掉全部杠杆和合约仓位，归还借币。
3. 赎回理财和质押产品（质押需要等待解锁期结束）。
4. 完成或取消所有 P2P 订单和申诉。
5. 删除全部 API Key，并导出你需要保留的交易记录。

## 注销步骤

1. 进入「账户」>「隐私设置」>「注销账户」。
2. 选择注销原因，阅读注意事项。
3. 完成交易密码、邮箱/短信和谷歌验证。
4. 提交后进入 7 天冷静期，期间登录账户可撤销申请。
5. 冷静期结束后账户被正式注销，你会收到邮件确认。

## 注销后数据如何处理

根据反洗钱等法律法规，我们需要在账户注销后继续保存身份认证资料和交易记录一段时间（例如 5 年），期间仅用于合规用途，到期后删除或匿名化处理。其他数据会在注销后删除。

> 如果你只是想暂时停用账户，或担心账户安全，建议使用 [冻结账户](/help/articles/freeze-account) 而不是注销。`,
    },
    en: {
      title: "How to delete your account",
      body: `Submit a request under **Account** > **Privacy settings** > **Delete account**; once we've confirmed there are no assets, open orders, positions or pending orders, deletion is usually completed within 7 business days. A deleted account can't be restored, and the same identity may not be able to register again for a period of time.

## Before you delete

1. Withdraw all assets to your own wallet or another account, leaving a zero balance or only tiny amounts that can't be withdrawn.
2. Cancel all open orders, close all margin and futures positions and repay any loans.
3. Redeem Earn and staking products (staking must finish its unbonding period).
4. Complete or cancel any P2P orders and appeals.
5. Delete all API keys and export any transaction records you want to keep.

## Steps

1. Go to **Account** > **Privacy settings** > **Delete account**.
2. Choose a reason and read the notes.
3. Verify with your trading password, email or SMS code and authenticator code.
4. A 7-day cooling-off period follows; log in during that time to cancel the request.
5. After the cooling-off period the account is deleted and you'll receive a confirmation email.

## What happens to your data

Anti-money-laundering and other laws require us to keep identity verification records and transaction history for a period after the account is closed (for example 5 years). They are used only for compliance and are deleted or anonymised afterwards. Other data is deleted when the account is closed.

> If you just want to stop using the account for a while, or you're worried about its security, consider [freezing your account](/help/articles/freeze-account) instead.`,
    },
  },
  {
    slug: "cookies",
    category: "privacy",
    zh: {
      title: "Cookie 使用说明",
      body: `Beacon 交易所使用 Cookie 来保持你的登录状态、保障账户安全、记住语言等偏好设置，并在你同意后用于统计分析。你可以随时在页面底部的「Cookie 设置」中关闭非必要 Cookie，不会影响正常交易。

## 我们使用的 Cookie 类型

| 类型 | 用途 | 能否关闭 |
| --- | --- | --- |
| 必要 Cookie | 登录会话、安全验证、防止跨站请求伪造 | 不能，关闭后网站无法正常使用 |
| 功能 Cookie | 记住语言、主题、常用交易对等设置 | 可以 |
| 分析 Cookie | 统计页面访问情况，帮助我们改进产品 | 可以 |
| 营销 Cookie | 衡量推广活动效果 | 可以，默认关闭 |

## 如何管理 Cookie

1. 点击网页底部的「Cookie 设置」。
2. 打开或关闭各类非必要 Cookie。
3. 点击「保存设置」，立即生效。

你也可以在浏览器设置中清除或拦截 Cookie，但清除后需要重新登录，且可能需要重新进行新设备验证。

## App 中的类似技术

App 不使用浏览器 Cookie，但会使用本地存储和设备标识来保持登录和识别设备。你可以在「设置」>「隐私」中管理分析数据的收集。

> 我们不会通过 Cookie 收集你的密码、验证码或私钥。Cookie 中的会话信息经过加密，且会在退出登录或一段时间无操作后失效。`,
    },
    en: {
      title: "How we use cookies",
      body: `Beacon Exchange uses cookies to keep you logged in, protect your account, remember preferences such as language and, with your consent, for analytics. You can switch off non-essential cookies at any time under **Cookie settings** at the bottom of the page without affecting trading.

## Types of cookies we use

| Type | Purpose | Can I turn it off? |
| --- | --- | --- |
| Essential | Login sessions, security checks, protection against cross-site request forgery | No — the site won't work without them |
| Functional | Remembering language, theme and favourite trading pairs | Yes |
| Analytics | Measuring page usage to improve the product | Yes |
| Marketing | Measuring the effectiveness of campaigns | Yes, off by default |

## Managing cookies

1. Click **Cookie settings** at the bottom of any page.
2. Turn each category of non-essential cookies on or off.
3. Click **Save settings**; changes apply immediately.

You can also clear or block cookies in your browser settings, but you'll have to log in again and may need to complete new-device verification.

## Similar technologies in the app

The app doesn't use browser cookies, but it uses local storage and a device identifier to keep you logged in and recognise your device. Manage analytics collection under **Settings** > **Privacy**.

> We never use cookies to collect your passwords, verification codes or private keys. Session data in cookies is encrypted and expires when you log out or after a period of inactivity.`,
    },
  },
];
