import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { ReviewPage } from "@/app/console/reviews/review-page";
import { isSupervisor } from "@/lib/auth/actor";
import { getAgent } from "@/lib/auth/current";
import { parseTicketNumber } from "@/lib/contracts/ticket";
import { tryDecodeSegment } from "@/lib/http/body";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quality.review"))("title") };
}

export default async function TicketReviewPage({ params }: { params: Promise<{ ticketNumber: string }> }) {
  const [actor, { ticketNumber }] = await Promise.all([getAgent(), params]);
  if (!isSupervisor(actor)) forbidden();
  const number = parseTicketNumber(tryDecodeSegment(ticketNumber) ?? "");
  if (!number) notFound();
  return <ReviewPage actor={actor} target={{ kind: "ticket", ticketNumber: number }} />;
}
