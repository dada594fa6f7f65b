-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'HELD';

-- CreateTable
CREATE TABLE "ProvenAddress" (
    "address" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "provenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProvenAddress_pkey" PRIMARY KEY ("address")
);

-- CreateIndex
CREATE INDEX "EmailOutbox_to_createdAt_idx" ON "EmailOutbox"("to", "createdAt");

-- Addresses already proven before this table: verified accounts and senders of mail we imported.
INSERT INTO "ProvenAddress" ("address", "via")
SELECT DISTINCT lower("contactEmail"), 'link' FROM "User" WHERE "emailVerifiedAt" IS NOT NULL AND "contactEmail" <> ''
ON CONFLICT DO NOTHING;
INSERT INTO "ProvenAddress" ("address", "via")
SELECT DISTINCT lower("fromAddress"), 'inbound' FROM "InboundEmail" WHERE "status" = 'PROCESSED' AND "fromAddress" IS NOT NULL
ON CONFLICT DO NOTHING;
