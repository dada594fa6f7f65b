-- Russian help-center articles are indexed with PostgreSQL's 'russian' configuration (Snowball stemming: "вывода",
-- "выводы" → "вывод"), as lib/i18n/locales.ts names it (searchConfig); PGlite ships it too. Languages without a
-- stemmer keep 'simple'. Existing Russian translations, if any, are re-indexed.
CREATE OR REPLACE FUNCTION "kb_index_translation"() RETURNS trigger AS $$
DECLARE
  cfg regconfig := CASE
    WHEN NEW."locale" LIKE 'en%' THEN 'english'::regconfig
    WHEN NEW."locale" LIKE 'ru%' THEN 'russian'::regconfig
    ELSE 'simple'::regconfig END;
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

UPDATE "ArticleTranslation" SET "locale" = "locale" WHERE "locale" LIKE 'ru%';
