import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  {
    slug: "enable-2fa",
    category: "account-security",
    zh: {
      title: "如何开启谷歌验证器（2FA）",
      body: `在「账户」>「安全设置」>「谷歌验证器」中扫描二维码并输入 6 位动态码即可开启，整个过程约 2 分钟。开启后，登录、提现和修改安全设置时都需要输入谷歌验证码，可大幅降低账户被盗风险。

## 开启步骤

1. 在手机上安装 Google Authenticator（谷歌验证器）或其他支持 TOTP 的验证器 App。
2. 登录 Beacon 交易所，进入「账户」>「安全设置」>「谷歌验证器」，点击「开启」。
3. 用验证器 App 扫描页面上的二维码，或手动输入页面显示的 16 位密钥。
4. **把 16 位密钥抄写在纸上，妥善离线保存。** 更换或丢失手机时，可以凭它恢复验证器。
5. 输入验证器中显示的 6 位验证码以及邮箱/短信验证码，点击「确认」。

## 验证码总是提示错误？

- 谷歌验证码每 30 秒刷新一次，请在刷新前输入。
- 检查手机时间是否设置为「自动同步网络时间」，时间偏差会导致验证码无效。
- 确认使用的是 Beacon 交易所对应的那一条验证器记录。

> 不要把 16 位密钥截图保存在手机相册或云盘中，也不要发给任何人，包括自称客服的人员。

如果手机丢失，请参见 [谷歌验证器丢失怎么办](/help/articles/lost-2fa-device)。`,
    },
    en: {
      title: "How to enable two-factor authentication (Google Authenticator)",
      body: `Go to **Account** > **Security** > **Google Authenticator**, scan the QR code and enter the 6-digit code — it takes about 2 minutes. Once enabled, you'll need an authenticator code to log in, withdraw and change security settings, which greatly reduces the risk of your account being taken over.

## Steps

1. Install Google Authenticator, or any other TOTP authenticator app, on your phone.
2. Log in to Beacon Exchange, go to **Account** > **Security** > **Google Authenticator** and tap **Enable**.
3. Scan the QR code with the authenticator app, or type in the 16-character setup key shown on the page.
4. **Write the 16-character setup key on paper and keep it offline.** You'll need it to restore your authenticator if you lose or replace your phone.
5. Enter the 6-digit code from the app plus the email or SMS code, then tap **Confirm**.

## Code keeps being rejected?

- Authenticator codes refresh every 30 seconds; enter the code before it changes.
- Make sure your phone's clock is set to update automatically — a clock that is off will produce invalid codes.
- Check that you're using the Beacon Exchange entry in the app.

> Don't store the setup key as a screenshot in your photo library or cloud drive, and never share it with anyone — including people claiming to be support.

If you've lost your phone, see [Lost your authenticator device](/help/articles/lost-2fa-device).`,
    },
  },
  {
    slug: "reset-login-password",
    category: "account-security",
    zh: {
      title: "忘记登录密码怎么办",
      body: `在登录页点击「忘记密码」，通过邮箱或手机验证码和谷歌验证码验证身份后即可设置新密码。为保护资产安全，重置登录密码后 24 小时内将暂停提现。

## 重置步骤

1. 在登录页点击「忘记密码」。
2. 输入注册时使用的邮箱或手机号，完成滑块验证。
3. 输入收到的邮箱/短信验证码；如已开启谷歌验证器，还需输入谷歌验证码。
4. 设置新的登录密码（至少 8 位，包含大小写字母和数字），不要与旧密码或其他网站的密码相同。
5. 用新密码重新登录。

## 无法完成验证？

- **收不到验证码**：检查垃圾邮件文件夹，确认手机号国家代码正确，60 秒后再重试。
- **邮箱或手机号已停用**：请提交工单申请更换，需要进行人脸识别等身份核验。
- **谷歌验证器也丢失了**：请先参见 [谷歌验证器丢失怎么办](/help/articles/lost-2fa-device)。

> 重置成功后 24 小时内无法提现，这是为了防止他人盗取密码后立即转走资产。如果重置密码不是你本人操作，请立即 [冻结账户](/help/articles/freeze-account) 并联系客服。`,
    },
    en: {
      title: "Forgot your login password? How to reset it",
      body: `On the login page tap **Forgot password**, verify yourself with an email or SMS code (and your authenticator code), then set a new password. To protect your assets, withdrawals are paused for 24 hours after a login password reset.

## How to reset

1. On the login page, tap **Forgot password**.
2. Enter the email address or phone number you registered with and complete the slider check.
3. Enter the email or SMS code you receive; if Google Authenticator is enabled, enter that code too.
4. Set a new login password (at least 8 characters with uppercase, lowercase and a number). Don't reuse an old password or one from another site.
5. Log in with the new password.

## Can't complete verification?

- **No code arriving**: check your spam folder, confirm the country code for your phone number and retry after 60 seconds.
- **You no longer have access to the email or phone**: submit a ticket to change it; this requires identity checks such as a face scan.
- **You've also lost your authenticator**: see [Lost your authenticator device](/help/articles/lost-2fa-device) first.

> Withdrawals are disabled for 24 hours after the reset so that someone who steals a password can't move funds immediately. If you didn't request this reset, [freeze your account](/help/articles/freeze-account) right away and contact support.`,
    },
  },
  {
    slug: "recover-trading-password",
    category: "account-security",
    zh: {
      title: "如何找回交易密码",
      body: `交易密码（也称资金密码）忘记后，可以在「账户」>「安全设置」>「交易密码」中点击「忘记交易密码」，通过邮箱/短信验证码和谷歌验证码验证后重新设置。重置后 24 小时内暂停提现和 P2P 卖出。

## 什么是交易密码

交易密码是独立于登录密码的 6 位数字密码，在提现、P2P 交易放币以及部分敏感操作时使用。即使登录密码泄露，没有交易密码也无法转出资产。

## 找回步骤

1. 登录账户，进入「账户」>「安全设置」>「交易密码」。
2. 点击「忘记交易密码」。
3. 依次输入邮箱或短信验证码、谷歌验证码。
4. 部分情况下系统会要求进行人脸识别，以确认是本人操作。
5. 设置新的 6 位交易密码并再次确认。

## 注意事项

- 交易密码不能与登录密码相同，也不要使用生日、连续或重复数字（如 123456、888888）。
- 如果连续输错 5 次，交易密码会被锁定约 2 小时，请等待解锁或直接重置。
- 如果你的邮箱、手机号和谷歌验证器都已无法使用，请通过工单提交申诉，客服会要求额外的身份核验，审核一般需要 1–3 个工作日。

> Beacon 交易所的工作人员不会询问你的交易密码。任何索要交易密码的人都是骗子。`,
    },
    en: {
      title: "How to recover your trading password",
      body: `If you've forgotten your trading password (also called fund password), go to **Account** > **Security** > **Trading password**, tap **Forgot trading password**, verify with your email or SMS code and authenticator code, and set a new one. Withdrawals and P2P sell orders are paused for 24 hours after the reset.

## What the trading password is

The trading password is a 6-digit code, separate from your login password, used for withdrawals, releasing crypto in P2P trades and other sensitive actions. Even if your login password leaks, assets can't be moved without it.

## How to reset it

1. Log in and go to **Account** > **Security** > **Trading password**.
2. Tap **Forgot trading password**.
3. Enter your email or SMS code, then your authenticator code.
4. In some cases you'll be asked for a face scan to confirm it's really you.
5. Set a new 6-digit trading password and confirm it.

## Good to know

- The trading password must differ from your login password. Avoid birthdays and sequential or repeated digits such as 123456 or 888888.
- After 5 wrong attempts the trading password is locked for about 2 hours; wait for it to unlock or reset it.
- If you can no longer access your email, phone and authenticator, submit an appeal ticket. Support will ask for extra identity checks, and a review usually takes 1–3 business days.

> Beacon Exchange staff will never ask for your trading password. Anyone who does is a scammer.`,
    },
  },
  {
    slug: "account-compromised",
    category: "account-security",
    zh: {
      title: "账户被盗或出现异常怎么办？请立即这样做",
      body: `如果你怀疑账户被盗（例如收到不是你本人操作的登录、提现或修改安全设置的通知），请立即冻结账户，然后修改密码、删除所有 API Key，并联系在线客服说明「账户被盗」。冻结后所有登录、交易和提现都会被暂停，能最大程度阻止资产被转走。

## 第一步：立即冻结账户（1 分钟内完成）

- **还能登录**：进入「账户」>「安全设置」>「冻结账户」，确认后立即生效。
- **无法登录**：打开 Beacon 交易所发给你的任意一封安全提醒邮件，点击其中的「不是我本人操作？立即冻结账户」。
- 也可以直接在登录页点击「联系客服」，说明账户被盗，客服会优先协助冻结。

详细说明见 [如何冻结账户](/help/articles/freeze-account)。

## 第二步：保护相关账户

1. 修改邮箱密码，并检查邮箱是否被设置了自动转发规则。
2. 修改 Beacon 交易所登录密码和交易密码。
3. 在「API 管理」中删除全部 API Key，包括你不认识的以及你自己创建的。
4. 在「设备管理」中移除所有登录设备。
5. 重新绑定谷歌验证器，并用杀毒软件检查电脑和手机。

## 第三步：联系客服并准备材料

在在线客服中说明「账户被盗」，会话会进入紧急通道优先处理。请准备：

- 异常登录或提现的时间、金额、币种和 TxID；
- 你最后一次正常登录的时间和设备；
- 近期是否点击过可疑链接、安装过陌生软件或向他人提供过验证码。

> 不要相信任何声称可以「追回资产」并要求先付费的人或机构。Beacon 交易所客服只会通过官网和 App 内的在线客服、工单与你联系。

解冻需要完成身份核验，通常需要 1–3 个工作日。`,
    },
    en: {
      title: "My account was hacked or compromised — what to do immediately",
      body: `If you think your account has been compromised — for example you were notified of a login, withdrawal or security change you didn't make — freeze your account immediately, then change your passwords, delete all API keys and contact live chat saying "account compromised". Freezing pauses all logins, trading and withdrawals, which is the fastest way to stop funds from leaving.

## Step 1: Freeze your account now (takes under a minute)

- **You can still log in**: go to **Account** > **Security** > **Freeze account** and confirm. It takes effect immediately.
- **You can't log in**: open any security alert email from Beacon Exchange and click **Not you? Freeze your account**.
- Or tap **Contact support** on the login page, say your account was compromised, and an agent will help freeze it as a priority.

More detail: [How to freeze your account](/help/articles/freeze-account).

## Step 2: Secure everything connected to it

1. Change your email password and check that no forwarding rules were added.
2. Change your Beacon Exchange login password and trading password.
3. Under **API management**, delete every API key — both unknown ones and those you created.
4. Under **Device management**, remove all logged-in devices.
5. Re-bind Google Authenticator and scan your computer and phone for malware.

## Step 3: Contact support with the details

Tell live chat "account compromised" and your conversation goes to the urgent queue. Have ready:

- the time, amount, coin and TxID of any unauthorised login or withdrawal;
- when and on which device you last logged in normally;
- whether you recently clicked a suspicious link, installed unfamiliar software or shared a verification code.

> Don't trust anyone who offers to "recover your funds" for an upfront fee. Beacon Exchange support only contacts you through live chat and tickets on the official website and app.

Unfreezing requires identity verification and usually takes 1–3 business days.`,
    },
  },
  {
    slug: "anti-phishing-code",
    category: "account-security",
    zh: {
      title: "什么是防钓鱼码？如何设置",
      body: `防钓鱼码是你自己设置的一串字符，设置后 Beacon 交易所发出的所有官方邮件都会显示这串字符，没有它或显示错误的邮件就是仿冒邮件。可在「账户」>「安全设置」>「防钓鱼码」中设置，约 1 分钟即可完成。

## 设置步骤

1. 进入「账户」>「安全设置」>「防钓鱼码」，点击「设置」。
2. 输入 4–20 位字母、数字或下划线的组合，例如 "Moon_2025"。
3. 完成邮箱/短信验证码和谷歌验证码验证。
4. 设置后，之后收到的官方邮件正文顶部都会显示这串防钓鱼码。

## 如何使用

- 收到要求你「立即验证账户」「领取空投」「账户即将冻结」之类的邮件时，先检查防钓鱼码。
- 没有防钓鱼码或与你设置的不一致：**不要点击任何链接**，直接删除或转发给客服举报。
- 不要把防钓鱼码告诉任何人，也不要使用和密码相同的内容。

> 钓鱼网站常常模仿官网页面来骗取密码和验证码。请通过手动输入网址或收藏夹访问 Beacon 交易所，不要通过搜索广告或陌生链接登录。`,
    },
    en: {
      title: "What is an anti-phishing code and how do I set it?",
      body: `An anti-phishing code is a phrase you choose that appears in every genuine email from Beacon Exchange — an email without it, or with the wrong one, is a fake. Set it under **Account** > **Security** > **Anti-phishing code**; it takes about a minute.

## How to set it

1. Go to **Account** > **Security** > **Anti-phishing code** and tap **Set up**.
2. Enter 4–20 letters, numbers or underscores, for example "Moon_2025".
3. Verify with your email or SMS code and your authenticator code.
4. From then on, every official email shows your code at the top of the message.

## How to use it

- When an email asks you to "verify your account now", "claim an airdrop" or warns that "your account will be frozen", check the code first.
- Missing or wrong code: **don't click any link**. Delete the email or forward it to support to report it.
- Never share your anti-phishing code, and don't use your password as the code.

> Phishing sites copy the look of the real site to steal passwords and codes. Open Beacon Exchange by typing the address or using a bookmark — never through search ads or unknown links.`,
    },
  },
  {
    slug: "lost-2fa-device",
    category: "account-security",
    zh: {
      title: "谷歌验证器丢失或更换手机怎么办",
      body: `如果你保存了开启谷歌验证器时的 16 位密钥，在新手机的验证器 App 中手动输入该密钥即可恢复，无需联系客服。没有密钥时，请在「安全设置」中申请「重置谷歌验证器」，完成人脸识别等身份核验后通常 1–3 个工作日内审核完成。

## 有 16 位密钥：自行恢复

1. 在新手机上安装谷歌验证器。
2. 选择「输入设置密钥」，账户名可填 "Beacon"，密钥填写你保存的 16 位字符。
3. 选择「基于时间」，保存后即可看到与原来相同的 6 位验证码。

## 换手机但旧手机还能用

在旧手机的谷歌验证器中使用「转移账户」导出二维码，再用新手机扫描导入。确认新手机验证码可用后再删除旧手机中的记录。

## 没有密钥：申请重置

1. 在登录页输入账号密码，在谷歌验证步骤点击「验证器不可用？」。
2. 选择「重置谷歌验证器」，完成邮箱/短信验证。
3. 按提示完成人脸识别，必要时上传身份证件照片。
4. 审核通过后会收到邮件通知，登录后重新绑定新的验证器。

> 重置谷歌验证器后 24 小时内将暂停提现。如果你没有申请重置却收到相关通知，请立即 [冻结账户](/help/articles/freeze-account)。`,
    },
    en: {
      title: "Lost your authenticator device or changing phones",
      body: `If you saved the 16-character setup key when you enabled Google Authenticator, enter it manually in the authenticator app on your new phone and you're done — no need to contact support. Without the key, request **Reset Google Authenticator** under Security; after identity checks such as a face scan, reviews are usually completed within 1–3 business days.

## You have the setup key: restore it yourself

1. Install Google Authenticator on the new phone.
2. Choose **Enter a setup key**, name the account "Beacon" and type in your 16-character key.
3. Select **Time based** and save. You'll see the same 6-digit codes as before.

## Changing phones and the old one still works

Use **Transfer accounts** in Google Authenticator on the old phone to export a QR code, then scan it on the new phone. Only delete the entry on the old phone after confirming the new codes work.

## No setup key: request a reset

1. Enter your login details, and at the authenticator step tap **Authenticator unavailable?**.
2. Choose **Reset Google Authenticator** and complete email or SMS verification.
3. Complete the face scan and upload an ID photo if asked.
4. You'll get an email once approved; log in and bind a new authenticator.

> Withdrawals are paused for 24 hours after an authenticator reset. If you receive a reset notice you didn't request, [freeze your account](/help/articles/freeze-account) immediately.`,
    },
  },
  {
    slug: "manage-login-devices",
    category: "account-security",
    zh: {
      title: "如何管理登录设备",
      body: `在「账户」>「安全设置」>「设备管理」中可以查看所有登录过你账户的设备、登录时间和 IP 所在地区，并可一键移除不认识的设备。移除后，该设备上的登录状态会立即失效，需要重新登录和验证。

## 查看和移除设备

1. 进入「账户」>「安全设置」>「设备管理」。
2. 查看列表中的设备型号、浏览器、最近登录时间和地区。
3. 对不认识或不再使用的设备，点击「删除」并完成安全验证。

## 发现陌生设备怎么办

如果列表中出现你不认识的设备，尤其是来自陌生地区的登录：

1. 立即删除该设备。
2. 修改登录密码，并检查 API Key 和提现地址白名单是否被添加了陌生内容。
3. 如发现有资产被转出或安全设置被修改，请按照 [账户被盗怎么办](/help/articles/account-compromised) 处理。

## 新设备登录验证

在新设备上首次登录时，系统会要求额外的邮箱/短信验证，并发送「新设备登录」提醒邮件。这是正常的安全措施。

> 请不要在网吧、公共电脑上登录，如不得不使用，退出时请务必点击「退出登录」并在设备管理中删除该设备。`,
    },
    en: {
      title: "How to manage your login devices",
      body: `Under **Account** > **Security** > **Device management** you can see every device that has logged in to your account, with the last login time and IP location, and remove any device you don't recognise. Removing a device ends its session immediately; it will need to log in and verify again.

## View and remove devices

1. Go to **Account** > **Security** > **Device management**.
2. Review the device model, browser, last login time and location for each entry.
3. For any device you don't recognise or no longer use, tap **Remove** and complete the security check.

## Found a device you don't recognise?

If you see an unknown device, especially one from an unfamiliar location:

1. Remove it straight away.
2. Change your login password and check your API keys and withdrawal address whitelist for anything you didn't add.
3. If any funds have left or security settings changed, follow [My account was compromised](/help/articles/account-compromised).

## Verification for new devices

The first time you log in on a new device, you'll be asked for an extra email or SMS code and we'll send a "new device login" alert. This is a normal security step.

> Avoid logging in on shared or public computers. If you must, always log out when you're done and remove the device in Device management.`,
    },
  },
  {
    slug: "freeze-account",
    category: "account-security",
    zh: {
      title: "如何冻结账户？冻结后如何解冻",
      body: `在「账户」>「安全设置」>「冻结账户」中确认即可立即冻结；无法登录时，可点击安全提醒邮件中的「立即冻结账户」链接或联系在线客服。冻结后将暂停登录、交易、提现和 API 访问，解冻需要提交身份核验，通常 1–3 个工作日完成。

## 什么时候需要冻结

- 收到不是你本人操作的登录、提现或安全设置变更通知；
- 手机或电脑丢失，且上面保存了登录状态；
- 怀疑密码或验证码已泄露。

## 冻结步骤

1. 进入「账户」>「安全设置」>「冻结账户」。
2. 阅读提示，选择冻结原因，完成验证后点击「确认冻结」。
3. 冻结立即生效，所有设备会被强制退出，所有 API Key 停止工作。

> 冻结期间，已挂出的订单**不会**自动撤销，合约持仓仍会受到行情影响，可能被强平。如需在冻结前处理持仓，请联系在线客服协助。

## 如何解冻

1. 在登录页点击「申请解冻」，或提交工单，类型选择「账户解冻」。
2. 按提示完成人脸识别，必要时上传手持证件照片。
3. 审核通过后会收到邮件通知。解冻后 24 小时内暂停提现。

解冻前请确认已经修改密码并清理了可疑设备和 API Key，详见 [账户被盗怎么办](/help/articles/account-compromised)。`,
    },
    en: {
      title: "How to freeze your account (and unfreeze it)",
      body: `Go to **Account** > **Security** > **Freeze account** and confirm to freeze your account immediately; if you can't log in, use the **Freeze your account** link in any security alert email or contact live chat. A frozen account can't log in, trade, withdraw or use the API, and unfreezing requires identity verification, usually completed within 1–3 business days.

## When to freeze

- You're notified of a login, withdrawal or security change you didn't make;
- You've lost a phone or computer that was logged in;
- You think your password or verification codes have leaked.

## How to freeze

1. Go to **Account** > **Security** > **Freeze account**.
2. Read the notice, choose a reason, complete verification and tap **Freeze**.
3. The freeze takes effect immediately: all devices are logged out and all API keys stop working.

> While frozen, open orders are **not** cancelled automatically, and futures positions are still exposed to the market and can be liquidated. If you need to manage positions first, ask live chat for help.

## How to unfreeze

1. Tap **Request unfreeze** on the login page, or submit a ticket with the category **Unfreeze account**.
2. Complete the face scan and, if asked, upload a photo of yourself holding your ID.
3. You'll get an email once approved. Withdrawals stay paused for 24 hours after unfreezing.

Before unfreezing, make sure you've changed your passwords and removed suspicious devices and API keys — see [My account was compromised](/help/articles/account-compromised).`,
    },
  },
  {
    slug: "security-change-withdrawal-lock",
    category: "account-security",
    zh: {
      title: "修改安全设置后为什么暂时不能提现",
      body: `为防止账户被他人控制后资产被立即转走，修改登录密码、交易密码、谷歌验证器、绑定手机或邮箱后，提现和 P2P 卖出会暂停 24 小时。到期后自动恢复，无需联系客服，期间充值、交易和划转不受影响。

## 会触发提现限制的操作

| 操作 | 暂停时长（示例） |
| --- | --- |
| 重置或修改登录密码 | 24 小时 |
| 重置交易密码 | 24 小时 |
| 更换或重置谷歌验证器 | 24 小时 |
| 更换绑定手机号或邮箱 | 24 小时 |
| 账户解冻 | 24 小时 |

## 如何查看剩余时间

在「资产」>「提现」页面，顶部提示会显示恢复提现的具体时间。

## 能否提前解除

出于安全考虑，这一限制**无法**由客服手动提前解除。如果你有紧急资金需求，请提前规划，避免在需要提现前修改安全设置。

> 如果你没有做过上述修改却看到了限制提示，说明有人可能已获取你的账户，请立即按照 [账户被盗怎么办](/help/articles/account-compromised) 处理。`,
    },
    en: {
      title: "Why can't I withdraw after changing my security settings?",
      body: `To stop someone who gains control of an account from moving funds right away, withdrawals and P2P sell orders are paused for 24 hours after you change your login password, trading password, authenticator, phone number or email. The restriction lifts automatically — no need to contact support — and deposits, trading and transfers keep working in the meantime.

## Actions that pause withdrawals

| Action | Pause (example) |
| --- | --- |
| Reset or change login password | 24 hours |
| Reset trading password | 24 hours |
| Change or reset Google Authenticator | 24 hours |
| Change linked phone number or email | 24 hours |
| Account unfreeze | 24 hours |

## How to see the remaining time

The banner at the top of **Assets** > **Withdraw** shows exactly when withdrawals will resume.

## Can it be lifted early?

For security reasons, support **can't** lift this restriction early. If you need to withdraw soon, plan ahead and avoid changing security settings right before.

> If you see this restriction but didn't make any of these changes, someone may have access to your account. Follow [My account was compromised](/help/articles/account-compromised) immediately.`,
    },
  },
];
