-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "searchDocument" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "slaAtRiskAt" TIMESTAMP(3),
ADD COLUMN     "slaDueAt" TIMESTAMP(3),
ADD COLUMN     "trackingKeyNonce" TEXT;

-- CreateIndex
CREATE INDEX "Ticket_updatedAt_idx" ON "Ticket"("updatedAt");

-- CreateIndex
CREATE INDEX "Ticket_slaDueAt_idx" ON "Ticket"("slaDueAt");

-- CreateIndex
CREATE INDEX "Ticket_searchVector_idx" ON "Ticket" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Ticket_unsolved_assignee_idx" ON "Ticket"("assigneeId", "updatedAt") WHERE (status = ANY (ARRAY['NEW'::"TicketStatus", 'OPEN'::"TicketStatus", 'PENDING'::"TicketStatus", 'ON_HOLD'::"TicketStatus"]));

-- CreateIndex
CREATE INDEX "Ticket_unsolved_team_idx" ON "Ticket"("teamId", "updatedAt") WHERE (status = ANY (ARRAY['NEW'::"TicketStatus", 'OPEN'::"TicketStatus", 'PENDING'::"TicketStatus", 'ON_HOLD'::"TicketStatus"]));

-- CreateIndex
CREATE INDEX "Ticket_unsolved_idx" ON "Ticket"("updatedAt") WHERE (status = ANY (ARRAY['NEW'::"TicketStatus", 'OPEN'::"TicketStatus", 'PENDING'::"TicketStatus", 'ON_HOLD'::"TicketStatus"]));
-- CreateIndex

-- Hand-written: the search vector follows "searchDocument", which the app fills with the number, subject, requester
-- and thread text, zh pre-segmented into words and bigrams (lib/services/tickets/search-document.ts). 'simple'
-- keeps both languages' tokens as written (lower-cased), so an email address or a number matches exactly.
CREATE OR REPLACE FUNCTION "ticket_search_vector"() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" := to_tsvector('simple'::regconfig, NEW."searchDocument");
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Ticket_searchVector_trigger"
  BEFORE INSERT OR UPDATE OF "searchDocument" ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "ticket_search_vector"();
