import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/client";
import { markAddressProven } from "../../lib/mail/recipients";
import { seedCannedResponses } from "./canned-responses";
import { admins, agents, customers, DEMO_PASSWORD, slaPolicies, teams, topics } from "./demo-people";
import { seedDemoTickets } from "./demo-tickets";
import { seedKb } from "./seed-kb";

export type DemoLogin = { role: string; email: string; name: string };

/**
 * Demo data for the embedded default: teams, topics, SLA policies, an admin, agents in every team and customers at
 * several VIP levels. Upserts by natural keys, so running it twice changes nothing.
 */
export async function seedDemo(prisma: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const teamIds = new Map<string, string>();
  for (const team of teams) {
    const row = await prisma.team.upsert({ where: { slug: team.slug }, create: team, update: {} });
    teamIds.set(team.slug, row.id);
  }
  for (const [sortOrder, { team, ...topic }] of topics.entries()) {
    const data = { ...topic, sortOrder, teamId: teamIds.get(team)! };
    await prisma.topic.upsert({ where: { slug: topic.slug }, create: data, update: {} });
  }
  for (const policy of slaPolicies) {
    await prisma.slaPolicy.upsert({ where: { priority: policy.priority }, create: policy, update: {} });
  }

  const account = (email: string, name: string, locale: string) => ({
    email,
    contactEmail: email,
    name,
    locale,
    passwordHash,
    // The demo accounts' addresses count as verified, so the demo's mail reaches them.
    emailVerifiedAt: new Date(),
  });
  for (const admin of admins) {
    const data = { ...account(admin.email, admin.name, admin.locale), role: "ADMIN" as const };
    const user = await prisma.user.upsert({ where: { email: admin.email }, create: data, update: {} });
    await prisma.agentProfile.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {} });
  }
  for (const agent of agents) {
    const data = { ...account(agent.email, agent.name, agent.locale), role: "AGENT" as const };
    const user = await prisma.user.upsert({ where: { email: agent.email }, create: data, update: {} });
    await prisma.agentProfile.upsert({
      where: { userId: user.id },
      create: { userId: user.id, maxConcurrentChats: agent.maxConcurrentChats },
      update: {},
    });
    await prisma.teamMember.createMany({
      data: agent.teams.map((slug) => ({ teamId: teamIds.get(slug)!, userId: user.id })),
      skipDuplicates: true,
    });
  }
  for (const customer of customers) {
    const data = { ...account(customer.email, customer.name, customer.locale), vipLevel: customer.vipLevel };
    await prisma.user.upsert({ where: { email: customer.email }, create: data, update: {} });
    await markAddressProven(prisma, customer.email, "seed");
  }

  await seedKb(prisma);
  await seedCannedResponses(prisma, teamIds);
  await seedDemoTickets(prisma);
}

/** The demo accounts, as printed at start-up. */
export function demoLogins(): DemoLogin[] {
  return [
    ...admins.map((a) => ({ role: "admin", email: a.email, name: a.name })),
    ...agents.map((a) => ({ role: `agent (${a.teams.join(", ")})`, email: a.email, name: a.name })),
    ...customers.map((c) => ({ role: `customer, VIP ${c.vipLevel}`, email: c.email, name: c.name })),
  ];
}
