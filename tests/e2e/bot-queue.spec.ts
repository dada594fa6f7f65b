import { expect, test } from "./fixtures/axe";
import { contextAs, DEMO } from "./fixtures/auth";

// The journey: a question the bot answers from the help center, a request for a person, the place in line
// with an estimate, an agent who takes the chat and sees what the bot said and offered, and the chat going on.
test("the bot answers, the customer asks for a human, sees their place in line; the agent takes over with the bot's context", async ({
  browser,
}) => {
  const customerContext = await browser.newContext({ locale: "en-US" });
  const customer = await customerContext.newPage();
  const name = `Quinn ${Date.now().toString(36)}`;

  await customer.goto("/chat");
  await customer.getByLabel("Your name").fill(name);
  await customer.getByLabel("Email").fill(`quinn.${Date.now()}@example.com`);
  // The API team has no demo agent online, so the chat waits in line (auto-assignment would otherwise take it).
  await customer.getByLabel("What is it about?").selectOption("api");
  await customer.getByLabel("How can we help?").fill("How do I create an API key?");
  await customer.getByRole("button", { name: "Start chat" }).click();

  // The bot answers with the article, a link and its quick replies.
  const log = customer.getByRole("log");
  await expect(log.getByText("Here is what I found in the help center:")).toBeVisible();
  await expect(log.getByRole("link", { name: "How to create and manage API keys" }).first()).toHaveAttribute(
    "href",
    "/help/articles/create-api-key",
  );
  await expect(customer.getByRole("button", { name: "This solved it" })).toBeVisible();

  // "Talk to a human": the bot hands over, and the customer sees their place in line with an honest estimate.
  await customer.getByTestId("talk-to-human").click();
  // Nobody of the team is online (issue 13): the bot says so at once instead of "connecting you with an agent".
  await expect(
    log.getByText(/Nobody from our team is online right now\. You can stay in line, or leave a message/),
  ).toBeVisible();
  await expect(customer.getByTestId("chat-status")).toContainText(/you are #\d+ in line/);
  // Nobody of the API team is online: no made-up estimate, but the offer to leave a message instead.
  await expect(customer.getByTestId("chat-status")).not.toContainText(/about \d+ min|shortly/);
  await expect(customer.getByTestId("leave-message")).toBeVisible();
  await expect(customer.getByTestId("talk-to-human")).toHaveCount(0);

  // An agent takes it from the queue and sees the bot's transcript and context.
  const { context: agentContext, page: agent } = await contextAs(browser, DEMO.agent);
  await agent.goto("/console");
  await agent.getByTestId("inbox-queue").filter({ hasText: name }).getByTestId("accept").click();
  await expect(agent).toHaveURL(/\/console\/chats\//);
  const agentLog = agent.getByRole("log");
  await expect(agentLog.getByText("How do I create an API key?")).toBeVisible();
  await expect(agentLog.getByText("Here is what I found in the help center:")).toBeVisible();
  // The demo agent reads the console in Chinese.
  await expect(
    agentLog.getByText(/(Articles the bot offered|机器人推荐过的文章): .*How to create and manage API keys/),
  ).toBeVisible();

  // The chat goes on with a person; the bot stays silent.
  await expect(customer.getByTestId("system-message")).toContainText("joined the chat");
  const reply = "Hi Quinn, I can help you with the key.";
  await agent.getByTestId("composer-input").fill(reply);
  await agent.getByTestId("composer-input").press("Enter");
  await expect(log.getByText(reply)).toBeVisible();
  const botText =
    /Here is what I found|could not find an answer|connecting you with an agent|Nobody from our team is online|Glad that helped/;
  const botLines = await log.getByText(botText).count();
  expect(botLines).toBe(2);
  await customer.getByTestId("composer-input").fill("Thanks, I still need a human for the signature part");
  await customer.getByTestId("composer-input").press("Enter");
  await expect(agentLog.getByText("Thanks, I still need a human for the signature part")).toBeVisible();
  await customer.waitForTimeout(1000);
  expect(await log.getByText(botText).count()).toBe(botLines);

  await customerContext.close();
  await agentContext.close();
});
