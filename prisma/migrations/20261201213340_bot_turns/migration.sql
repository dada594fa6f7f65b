-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "botSolvedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BotTurn" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "articleSlug" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BotTurn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BotTurn_createdAt_outcome_idx" ON "BotTurn"("createdAt", "outcome");
