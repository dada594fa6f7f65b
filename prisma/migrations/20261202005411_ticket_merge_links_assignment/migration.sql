-- AlterTable
ALTER TABLE "AgentProfile" ADD COLUMN     "lastTicketAssignedAt" TIMESTAMP(3),
ADD COLUMN     "maxOpenTickets" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "autoAssignTickets" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "mergedAt" TIMESTAMP(3),
ADD COLUMN     "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "TicketLink" (
    "ticketId" TEXT NOT NULL,
    "linkedId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketLink_pkey" PRIMARY KEY ("ticketId","linkedId")
);

-- CreateIndex
CREATE INDEX "TicketLink_linkedId_idx" ON "TicketLink"("linkedId");

-- CreateIndex
CREATE INDEX "Ticket_mergedIntoId_idx" ON "Ticket"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketLink" ADD CONSTRAINT "TicketLink_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketLink" ADD CONSTRAINT "TicketLink_linkedId_fkey" FOREIGN KEY ("linkedId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
