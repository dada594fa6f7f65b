-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "inReplyTo" TEXT,
ADD COLUMN     "references" TEXT,
ADD COLUMN     "replyTo" TEXT;
