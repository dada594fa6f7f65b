import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { ReviewPage } from "@/app/console/reviews/review-page";
import { isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quality.review"))("title") };
}

export default async function ChatReviewPage({ params }: { params: Promise<{ conversationId: string }> }) {
  const [actor, { conversationId }] = await Promise.all([getAgent(), params]);
  if (!isSupervisor(actor)) forbidden();
  return <ReviewPage actor={actor} target={{ kind: "chat", conversationId }} />;
}
