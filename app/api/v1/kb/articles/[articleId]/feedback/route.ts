import { clientIp } from "@/lib/http/client-ip";
import { DEVICE_HEADER, parseDeviceId } from "@/lib/device-id";
import { methodNotAllowed, route } from "@/lib/http/route";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { recordFeedback } from "@/lib/services/kb/record-feedback";
import { feedbackSchema } from "@/lib/contracts/kb";

/**
 * Anyone who can read the article. Visitors are limited per device first (per article and overall), per address
 * only at a level a shared office or carrier does not reach; a visitor without a device id, by address as before.
 */
export const POST = route<{ articleId: string }>(async ({ actor, locale, params, req, json }) => {
  const input = await json(feedbackSchema);
  const ip = clientIp(req.headers);
  const device = parseDeviceId(req.headers.get(DEVICE_HEADER));
  if (!actor && device) {
    await consumeOrThrow(
      limiter("kb-feedback-device-article", 5, 24 * 60 * 60),
      `${device}|${params.articleId}`,
      "kbFeedbackRateLimited",
    );
    await consumeOrThrow(limiter("kb-feedback-device", 30, 60 * 60), device, "kbFeedbackRateLimited");
    await consumeOrThrow(limiter("kb-feedback-address", 600, 60 * 60), ip, "kbFeedbackRateLimited");
  } else if (!actor) {
    await consumeOrThrow(
      limiter("kb-feedback-article", 3, 24 * 60 * 60),
      `${ip}|${params.articleId}`,
      "kbFeedbackRateLimited",
    );
    await consumeOrThrow(limiter("kb-feedback", 20, 60 * 60), ip, "kbFeedbackRateLimited");
  } else {
    await consumeOrThrow(limiter("kb-feedback-user", 60, 60 * 60), actor.id, "kbFeedbackRateLimited");
  }
  const feedback = await recordFeedback({
    actor,
    articleId: params.articleId,
    ...input,
    locale: input.locale ?? locale,
  });
  return Response.json({ feedback }, { status: 201 });
});

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
