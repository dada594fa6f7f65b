import { clientIp } from "@/lib/http/client-ip";
import { route, methodNotAllowed } from "@/lib/http/route";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { recordFeedback } from "@/lib/services/kb/record-feedback";
import { feedbackSchema } from "@/lib/contracts/kb";

/** Anyone who can read the article. Visitors are rate-limited by address: per article and overall. */
export const POST = route<{ articleId: string }>(async ({ actor, locale, params, req, json }) => {
  const input = await json(feedbackSchema);
  const ip = clientIp(req.headers);
  if (!actor) {
    await consumeOrThrow(limiter("kb-feedback-article", 3, 24 * 60 * 60), `${ip}|${params.articleId}`, "kbFeedbackRateLimited");
    await consumeOrThrow(limiter("kb-feedback", 20, 60 * 60), ip, "kbFeedbackRateLimited");
  } else {
    await consumeOrThrow(limiter("kb-feedback-user", 60, 60 * 60), actor.id, "kbFeedbackRateLimited");
  }
  const feedback = await recordFeedback({ actor, articleId: params.articleId, ...input, locale: input.locale ?? locale });
  return Response.json({ feedback }, { status: 201 });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
