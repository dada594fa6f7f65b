-- pg_trgm for the typo fallback on titles (PGlite loads it in lib/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "ArticleTranslation" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE UNIQUE INDEX "ArticleFeedback_articleId_userId_key" ON "ArticleFeedback"("articleId", "userId");

-- CreateIndex
CREATE INDEX "ArticleTranslation_searchVector_idx" ON "ArticleTranslation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ArticleTranslation_title_idx" ON "ArticleTranslation" USING GIN ("title" gin_trgm_ops);

-- Hand-written: the search vector follows "searchDocument" (first line: the title's terms, rest: the body's), which
-- the app fills with zh words + CJK bigrams (lib/search). Titles weigh A, bodies B; 'english' stems, 'simple' for zh.
CREATE OR REPLACE FUNCTION "kb_article_search_vector"() RETURNS trigger AS $$
DECLARE
  cfg regconfig := CASE WHEN NEW."locale" LIKE 'en%' THEN 'english'::regconfig ELSE 'simple'::regconfig END;
  cut integer := strpos(NEW."searchDocument", E'\n');
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(cfg, CASE WHEN cut = 0 THEN NEW."searchDocument" ELSE left(NEW."searchDocument", cut - 1) END), 'A') ||
    setweight(to_tsvector(cfg, CASE WHEN cut = 0 THEN '' ELSE substr(NEW."searchDocument", cut + 1) END), 'B');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleTranslation_searchVector_trigger"
  BEFORE INSERT OR UPDATE OF "searchDocument", "locale" ON "ArticleTranslation"
  FOR EACH ROW EXECUTE FUNCTION "kb_article_search_vector"();

UPDATE "ArticleTranslation" SET "searchDocument" = "searchDocument";
