import type { CustomerAttributesDto } from "@/lib/contracts/customer";
import type { LocalizedText } from "@/lib/i18n/locales";
// Shapes the chat services hand to pages and the console's client components (which may not import services).
import type { AgentStatus, ConversationDto } from "@/lib/contracts/chat";

export type InboxItem = {
  conversation: ConversationDto;
  /** Customer messages after the agent's read position. */
  unread: number;
  preview: string | null;
  lastMessageAt: string;
};

export type CustomerContext = {
  id: string;
  name: string;
  email: string;
  isGuest: boolean;
  vipLevel: number;
  locale: string | null;
  since: string;
  /** The exchange signed this chat's customer identity; their external id and profile attributes. */
  verified: boolean;
  profile: CustomerAttributesDto;
  attributeLabels: Record<string, string>;
  pastChats: { id: string; status: string; createdAt: string; csat: number | null; topicId: string | null }[];
  tickets: { id: string; ref: string; subject: string; status: string; createdAt: string }[];
};

export type AgentLoad = {
  id: string;
  name: string;
  status: AgentStatus;
  activeChats: number;
  maxConcurrentChats: number;
  teamIds: string[];
};

export type TeamOption = { id: string; slug: string; name: LocalizedText };

export type TopicName = { id: string; slug: string; name: LocalizedText };

export type ConversationSummary = ConversationDto & {
  customerEmail: string | null;
  preview: string | null;
  csatComment: string | null;
};
