-- CreateIndex
CREATE INDEX "Conversation_assigneeId_closedAt_idx" ON "Conversation"("assigneeId", "closedAt");

-- CreateIndex
CREATE INDEX "Conversation_assigneeId_firstResponseAt_idx" ON "Conversation"("assigneeId", "firstResponseAt");

-- CreateIndex
CREATE INDEX "Message_authorId_createdAt_idx" ON "Message"("authorId", "createdAt");
