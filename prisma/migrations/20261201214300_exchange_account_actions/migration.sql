-- CreateEnum
CREATE TYPE "AccountActionStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "AccountAction" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "noticeEn" TEXT NOT NULL,
    "noticeZh" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccountAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountActionRun" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "conversationId" TEXT,
    "ticketId" TEXT,
    "status" "AccountActionStatus" NOT NULL DEFAULT 'PENDING',
    "statusCode" INTEGER,
    "result" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "AccountActionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountAction_key_key" ON "AccountAction"("key");

-- CreateIndex
CREATE INDEX "AccountActionRun_customerId_createdAt_idx" ON "AccountActionRun"("customerId", "createdAt");

-- AddForeignKey
ALTER TABLE "AccountActionRun" ADD CONSTRAINT "AccountActionRun_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "AccountAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
