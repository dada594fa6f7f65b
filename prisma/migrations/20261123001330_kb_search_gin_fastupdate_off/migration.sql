-- Hand-written: GIN indexes without a pending list. With fastupdate on, new entries wait in an unsorted list that
-- every search scans until VACUUM or autovacuum merges it; PGlite has no autovacuum, so the list would stay (up to
-- gin_pending_list_limit, 4 MB) and slow every search. The knowledge base is written rarely and read constantly.
ALTER INDEX "ArticleSearch_titleVector_idx" SET (fastupdate = off);
ALTER INDEX "ArticleSearch_documentVector_idx" SET (fastupdate = off);
ALTER INDEX "ArticleTitleWord_word_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"ArticleSearch_titleVector_idx"'::regclass);
SELECT gin_clean_pending_list('"ArticleSearch_documentVector_idx"'::regclass);
SELECT gin_clean_pending_list('"ArticleTitleWord_word_idx"'::regclass);
