-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "attributes" JSONB,
ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "kycLevel" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "region" TEXT,
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "uid" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "IdentitySite" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "secret" TEXT,
    "jwksUrl" TEXT,
    "identityRequired" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdentitySite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdentityTokenUse" (
    "siteId" TEXT NOT NULL,
    "jti" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentityTokenUse_pkey" PRIMARY KEY ("siteId","jti")
);

-- CreateIndex
CREATE UNIQUE INDEX "IdentitySite_key_key" ON "IdentitySite"("key");

-- CreateIndex
CREATE INDEX "IdentityTokenUse_expiresAt_idx" ON "IdentityTokenUse"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_externalId_key" ON "User"("externalId");

-- AddForeignKey
ALTER TABLE "IdentityTokenUse" ADD CONSTRAINT "IdentityTokenUse_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "IdentitySite"("id") ON DELETE CASCADE ON UPDATE CASCADE;
