-- CreateTable
CREATE TABLE "ReportRollup" (
    "day" DATE NOT NULL,
    "teamId" TEXT NOT NULL DEFAULT '',
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "chats" INTEGER NOT NULL DEFAULT 0,
    "deflected" INTEGER NOT NULL DEFAULT 0,
    "tickets" INTEGER NOT NULL DEFAULT 0,
    "frMet" INTEGER NOT NULL DEFAULT 0,
    "frDecided" INTEGER NOT NULL DEFAULT 0,
    "resMet" INTEGER NOT NULL DEFAULT 0,
    "resDecided" INTEGER NOT NULL DEFAULT 0,
    "reopened" INTEGER NOT NULL DEFAULT 0,
    "solved" INTEGER NOT NULL DEFAULT 0,
    "csatSum" INTEGER NOT NULL DEFAULT 0,
    "csatSatisfied" INTEGER NOT NULL DEFAULT 0,
    "csatResponses" INTEGER NOT NULL DEFAULT 0,
    "qualitySum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reviews" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportRollup_pkey" PRIMARY KEY ("dimension","day","teamId","key")
);

-- CreateTable
CREATE TABLE "ReportHistogram" (
    "day" DATE NOT NULL,
    "teamId" TEXT NOT NULL DEFAULT '',
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "metric" TEXT NOT NULL,
    "business" BOOLEAN NOT NULL,
    "buckets" INTEGER[],
    "counts" INTEGER[],

    CONSTRAINT "ReportHistogram_pkey" PRIMARY KEY ("dimension","day","teamId","key","metric","business")
);

-- CreateTable
CREATE TABLE "ReportDay" (
    "day" DATE NOT NULL,
    "timeZone" TEXT NOT NULL,
    "hoursKey" TEXT NOT NULL,
    "computedFor" TIMESTAMP(3) NOT NULL,
    "settlesAt" TIMESTAMP(3),

    CONSTRAINT "ReportDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "ReportDirtyAt" (
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportDirtyAt_pkey" PRIMARY KEY ("at")
);

-- The rollup's change log (docs/reports.md): every statement that changes a figure's facts marks the creation
-- instants (to the quarter hour) of the chats and tickets it touched, in the same transaction; the rollup job and
-- the reports rebuild those days. Statement-level with transition tables: a bulk load marks each quarter hour once.

CREATE FUNCTION report_dirty_conversations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT "createdAt" FROM new_rows) d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT o."createdAt" FROM old_rows o JOIN new_rows n USING ("id") WHERE (o."createdAt", o."customerId", o."assigneeId", o."teamId", o."topicId", o."locale", o."queuedAt", o."assignedAt", o."firstResponseAt", o."closedAt", o."csat") IS DISTINCT FROM (n."createdAt", n."customerId", n."assigneeId", n."teamId", n."topicId", n."locale", n."queuedAt", n."assignedAt", n."firstResponseAt", n."closedAt", n."csat") UNION ALL SELECT n."createdAt" FROM old_rows o JOIN new_rows n USING ("id") WHERE (o."createdAt", o."customerId", o."assigneeId", o."teamId", o."topicId", o."locale", o."queuedAt", o."assignedAt", o."firstResponseAt", o."closedAt", o."csat") IS DISTINCT FROM (n."createdAt", n."customerId", n."assigneeId", n."teamId", n."topicId", n."locale", n."queuedAt", n."assignedAt", n."firstResponseAt", n."closedAt", n."csat")) d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT "createdAt" FROM old_rows) d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION report_dirty_tickets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT "createdAt" FROM new_rows) d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT o."createdAt" FROM old_rows o JOIN new_rows n USING ("id") WHERE (o."createdAt", o."number", o."requesterId", o."assigneeId", o."teamId", o."topicId", o."channel", o."locale", o."firstRespondedAt", o."solvedAt", o."firstResponseDueAt", o."resolutionDueAt", o."slaPausedAt", o."reopenCount") IS DISTINCT FROM (n."createdAt", n."number", n."requesterId", n."assigneeId", n."teamId", n."topicId", n."channel", n."locale", n."firstRespondedAt", n."solvedAt", n."firstResponseDueAt", n."resolutionDueAt", n."slaPausedAt", n."reopenCount") UNION ALL SELECT n."createdAt" FROM old_rows o JOIN new_rows n USING ("id") WHERE (o."createdAt", o."number", o."requesterId", o."assigneeId", o."teamId", o."topicId", o."channel", o."locale", o."firstRespondedAt", o."solvedAt", o."firstResponseDueAt", o."resolutionDueAt", o."slaPausedAt", o."reopenCount") IS DISTINCT FROM (n."createdAt", n."number", n."requesterId", n."assigneeId", n."teamId", n."topicId", n."channel", n."locale", n."firstRespondedAt", n."solvedAt", n."firstResponseDueAt", n."resolutionDueAt", n."slaPausedAt", n."reopenCount")) d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT "createdAt" FROM old_rows) d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Conversation_report_insert" AFTER INSERT ON "Conversation" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_conversations();
CREATE TRIGGER "Conversation_report_update" AFTER UPDATE ON "Conversation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_conversations();
CREATE TRIGGER "Conversation_report_delete" AFTER DELETE ON "Conversation" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_conversations();
CREATE TRIGGER "Ticket_report_insert" AFTER INSERT ON "Ticket" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_tickets();
CREATE TRIGGER "Ticket_report_update" AFTER UPDATE ON "Ticket" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_tickets();
CREATE TRIGGER "Ticket_report_delete" AFTER DELETE ON "Ticket" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_tickets();

CREATE FUNCTION report_dirty_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT t."createdAt" FROM new_rows r JOIN "Ticket" t ON t."id" = r."ticketId") d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT t."createdAt" FROM old_rows r JOIN "Ticket" t ON t."id" = r."ticketId" UNION ALL SELECT t."createdAt" FROM new_rows r JOIN "Ticket" t ON t."id" = r."ticketId") d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT t."createdAt" FROM old_rows r JOIN "Ticket" t ON t."id" = r."ticketId") d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION report_dirty_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT COALESCE(c."createdAt", t."createdAt") FROM new_rows q LEFT JOIN "Conversation" c ON c."id" = q."conversationId" LEFT JOIN "Ticket" t ON t."id" = q."ticketId") d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT COALESCE(c."createdAt", t."createdAt") FROM old_rows q LEFT JOIN "Conversation" c ON c."id" = q."conversationId" LEFT JOIN "Ticket" t ON t."id" = q."ticketId" UNION ALL SELECT COALESCE(c."createdAt", t."createdAt") FROM new_rows q LEFT JOIN "Conversation" c ON c."id" = q."conversationId" LEFT JOIN "Ticket" t ON t."id" = q."ticketId") d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT COALESCE(c."createdAt", t."createdAt") FROM old_rows q LEFT JOIN "Conversation" c ON c."id" = q."conversationId" LEFT JOIN "Ticket" t ON t."id" = q."ticketId") d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "TicketRating_report_insert" AFTER INSERT ON "TicketRating" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_ratings();
CREATE TRIGGER "TicketRating_report_update" AFTER UPDATE ON "TicketRating" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_ratings();
CREATE TRIGGER "TicketRating_report_delete" AFTER DELETE ON "TicketRating" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_ratings();
CREATE TRIGGER "QualityReview_report_insert" AFTER INSERT ON "QualityReview" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_reviews();
CREATE TRIGGER "QualityReview_report_update" AFTER UPDATE ON "QualityReview" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_reviews();
CREATE TRIGGER "QualityReview_report_delete" AFTER DELETE ON "QualityReview" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_reviews();

-- A customer's VIP tier is reported as it is now: a change re-counts the days of their chats and tickets.
CREATE FUNCTION report_dirty_vip() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReportDirtyAt" ("at") SELECT DISTINCT date_bin('15 minutes', x, TIMESTAMP '2000-01-01') FROM (SELECT c."createdAt" FROM "Conversation" c WHERE c."customerId" IN (SELECT n."id" FROM old_rows o JOIN new_rows n USING ("id") WHERE o."vipLevel" IS DISTINCT FROM n."vipLevel")
      UNION ALL SELECT t."createdAt" FROM "Ticket" t WHERE t."requesterId" IN (SELECT n."id" FROM old_rows o JOIN new_rows n USING ("id") WHERE o."vipLevel" IS DISTINCT FROM n."vipLevel")) d(x)
      WHERE x IS NOT NULL ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "User_report_vip" AFTER UPDATE ON "User" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_dirty_vip();
