import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReviewCard } from "@/components/quality/review-card";
import { PageTitle } from "@/components/ui/page-title";
import { getAgent } from "@/lib/auth/current";
import { formatTicketNumber } from "@/lib/contracts/ticket";
import { findMyReviews } from "@/lib/services/quality/reviews";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("quality.mine"))("title") };
}

/** Every member of staff: the reviews of their own work, and nobody else's. */
export default async function MyReviewsPage() {
  const actor = await getAgent();
  const [t, reviews] = await Promise.all([
    getTranslations("quality.mine"),
    findMyReviews({ actor, locale: await getLocale() }),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle title={t("title")} intro={t("intro")} />
      {reviews.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-sm text-slate-500">{t("empty")}</p>
      ) : null}
      {reviews.map((review) => (
        <ReviewCard
          key={review.id}
          review={review}
          heading={
            <h2 className="font-semibold text-slate-900">
              <Link
                className="hover:underline"
                href={
                  review.target.kind === "chat"
                    ? `/console/chats/${review.target.id}`
                    : `/console/tickets/${formatTicketNumber(review.target.number)}`
                }
              >
                {review.target.label}
              </Link>
            </h2>
          }
        />
      ))}
    </div>
  );
}
