"use server";

import { createReviewSchema } from "@/lib/contracts/quality";
import { supervisorAction } from "@/lib/http/action";
import { createReview } from "@/lib/services/quality/reviews";

export const createReviewAction = supervisorAction("/console/reviews", ({ actor, locale, parse }, input: unknown) =>
  createReview({ actor, locale, input: parse(createReviewSchema, input) }),
);
