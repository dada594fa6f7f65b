-- DropIndex
DROP INDEX "ArticleTranslation_searchVector_idx";

-- DropIndex
DROP INDEX "ArticleTranslation_title_idx";

-- AlterTable
ALTER TABLE "ArticleTranslation" DROP COLUMN "searchVector";

-- CreateTable
CREATE TABLE "ArticleSearch" (
    "translationId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL,
    "categoryId" TEXT NOT NULL,
    "titleVector" tsvector NOT NULL,
    "documentVector" tsvector NOT NULL,

    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("translationId")
);

-- CreateTable
CREATE TABLE "ArticleTitleWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "ArticleTitleWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "ArticleSearch_articleId_idx" ON "ArticleSearch"("articleId");

-- CreateIndex
CREATE INDEX "ArticleSearch_titleVector_idx" ON "ArticleSearch" USING GIN ("titleVector");

-- CreateIndex
CREATE INDEX "ArticleSearch_documentVector_idx" ON "ArticleSearch" USING GIN ("documentVector");

-- CreateIndex
CREATE INDEX "ArticleTitleWord_word_idx" ON "ArticleTitleWord" USING GIN ("word" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "ArticleTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma cannot say this). The first kb_search trigger is replaced by this index table.
DROP TRIGGER IF EXISTS "ArticleTranslation_searchVector_trigger" ON "ArticleTranslation";
DROP FUNCTION IF EXISTS "kb_article_search_vector"();

-- Narrow heap rows: the document vector always out of line and uncompressed (read only for the few rows ranked),
-- ids and the title vector always inline, so scanning matches touches few pages.
ALTER TABLE "ArticleSearch"
  ALTER COLUMN "documentVector" SET STORAGE EXTERNAL,
  ALTER COLUMN "titleVector" SET STORAGE MAIN,
  ALTER COLUMN "translationId" SET STORAGE PLAIN,
  ALTER COLUMN "articleId" SET STORAGE PLAIN,
  ALTER COLUMN "categoryId" SET STORAGE PLAIN,
  ALTER COLUMN "locale" SET STORAGE PLAIN;
ALTER TABLE "ArticleSearch" SET (toast_tuple_target = 128);

-- "searchDocument" holds the title's terms on its first line and the body's after it (lib/search/segment.ts: zh
-- words, characters and bigrams; en words). 'english' stems, 'simple' for zh. Titles weigh A, bodies B.
CREATE FUNCTION "kb_index_translation"() RETURNS trigger AS $$
DECLARE
  cfg regconfig := CASE WHEN NEW."locale" LIKE 'en%' THEN 'english'::regconfig ELSE 'simple'::regconfig END;
  cut integer := strpos(NEW."searchDocument", E'\n');
  title_terms text := CASE WHEN cut = 0 THEN NEW."searchDocument" ELSE left(NEW."searchDocument", cut - 1) END;
  body_terms text := CASE WHEN cut = 0 THEN '' ELSE substr(NEW."searchDocument", cut + 1) END;
BEGIN
  INSERT INTO "ArticleSearch" ("translationId", "articleId", "locale", "published", "categoryId", "titleVector", "documentVector")
  SELECT NEW."id", NEW."articleId", NEW."locale", a."status" = 'PUBLISHED', a."categoryId",
         to_tsvector(cfg, title_terms),
         setweight(to_tsvector(cfg, title_terms), 'A') || setweight(to_tsvector(cfg, body_terms), 'B')
  FROM "Article" a WHERE a."id" = NEW."articleId"
  ON CONFLICT ("translationId") DO UPDATE SET
    "locale" = EXCLUDED."locale", "published" = EXCLUDED."published", "categoryId" = EXCLUDED."categoryId",
    "titleVector" = EXCLUDED."titleVector", "documentVector" = EXCLUDED."documentVector";
  INSERT INTO "ArticleTitleWord" ("word")
  SELECT DISTINCT w FROM regexp_split_to_table(lower(NEW."title"), '[^a-z0-9]+') AS w WHERE length(w) >= 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleTranslation_search_index"
  AFTER INSERT OR UPDATE OF "title", "searchDocument", "locale" ON "ArticleTranslation"
  FOR EACH ROW EXECUTE FUNCTION "kb_index_translation"();

-- Publishing, unpublishing and moving an article reach its index rows at once (drafts never show in search).
CREATE FUNCTION "kb_index_article"() RETURNS trigger AS $$
BEGIN
  UPDATE "ArticleSearch" SET "published" = (NEW."status" = 'PUBLISHED'), "categoryId" = NEW."categoryId"
  WHERE "articleId" = NEW."id";
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Article_search_index"
  AFTER UPDATE OF "status", "categoryId" ON "Article"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId")
  EXECUTE FUNCTION "kb_index_article"();

UPDATE "ArticleTranslation" SET "searchDocument" = "searchDocument";
