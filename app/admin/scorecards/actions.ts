"use server";

import { saveScorecardSchema, scorecardIdSchema } from "@/lib/contracts/quality";
import { adminAction } from "@/lib/http/action";
import { deleteScorecard, saveScorecard } from "@/lib/services/quality/scorecards";

export const saveScorecardAction = adminAction("/admin/scorecards", ({ actor, parse }, input: unknown) =>
  saveScorecard({ actor, input: parse(saveScorecardSchema, input) }),
);

export const deleteScorecardAction = adminAction("/admin/scorecards", ({ actor, parse }, input: unknown) =>
  deleteScorecard({ actor, ...parse(scorecardIdSchema, input) }),
);
