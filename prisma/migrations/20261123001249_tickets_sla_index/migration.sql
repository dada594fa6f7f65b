-- DropIndex
DROP INDEX "Ticket_slaDueAt_idx";

-- CreateIndex
CREATE INDEX "Ticket_slaDueAt_slaAtRiskAt_idx" ON "Ticket"("slaDueAt", "slaAtRiskAt");
