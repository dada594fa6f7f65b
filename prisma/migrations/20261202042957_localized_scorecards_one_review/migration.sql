-- One review per chat or ticket.
-- DropIndex
DROP INDEX "QualityReview_conversationId_idx";

-- DropIndex
DROP INDEX "QualityReview_ticketId_idx";

-- AlterTable: a scorecard's name per language; an existing name becomes its English wording.
ALTER TABLE "Scorecard" ALTER COLUMN "name" TYPE JSONB USING jsonb_build_object('en', "name");

-- CreateIndex
CREATE UNIQUE INDEX "QualityReview_conversationId_key" ON "QualityReview"("conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "QualityReview_ticketId_key" ON "QualityReview"("ticketId");
