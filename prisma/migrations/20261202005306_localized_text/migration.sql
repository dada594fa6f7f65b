-- Languages as data: every visible name becomes one JSONB map {"en": …, "zh-CN": …} (more languages are keys, not
-- columns). Today's wording is copied over before the per-language columns go; written for PGlite and PostgreSQL.
ALTER TABLE "AccountAction" ADD COLUMN "name" JSONB, ADD COLUMN "notice" JSONB;
UPDATE "AccountAction" SET "name" = jsonb_build_object('en', "nameEn", 'zh-CN', "nameZh"),
  "notice" = jsonb_build_object('en', "noticeEn", 'zh-CN', "noticeZh");
ALTER TABLE "AccountAction" ALTER COLUMN "name" SET NOT NULL, ALTER COLUMN "notice" SET NOT NULL,
  DROP COLUMN "nameEn", DROP COLUMN "nameZh", DROP COLUMN "noticeEn", DROP COLUMN "noticeZh";

ALTER TABLE "Announcement" ADD COLUMN "title" JSONB, ADD COLUMN "body" JSONB NOT NULL DEFAULT '{}';
UPDATE "Announcement" SET "title" = jsonb_strip_nulls(jsonb_build_object('en', NULLIF("titleEn", ''), 'zh-CN', NULLIF("titleZh", ''))),
  "body" = jsonb_strip_nulls(jsonb_build_object('en', NULLIF("bodyEn", ''), 'zh-CN', NULLIF("bodyZh", '')));
ALTER TABLE "Announcement" ALTER COLUMN "title" SET NOT NULL,
  DROP COLUMN "titleEn", DROP COLUMN "titleZh", DROP COLUMN "bodyEn", DROP COLUMN "bodyZh";

ALTER TABLE "Category" ADD COLUMN "name" JSONB, ADD COLUMN "description" JSONB NOT NULL DEFAULT '{}';
UPDATE "Category" SET "name" = jsonb_build_object('en', "nameEn", 'zh-CN', "nameZh"),
  "description" = jsonb_strip_nulls(jsonb_build_object('en', NULLIF("descriptionEn", ''), 'zh-CN', NULLIF("descriptionZh", '')));
ALTER TABLE "Category" ALTER COLUMN "name" SET NOT NULL,
  DROP COLUMN "nameEn", DROP COLUMN "nameZh", DROP COLUMN "descriptionEn", DROP COLUMN "descriptionZh";

ALTER TABLE "Team" ADD COLUMN "name" JSONB;
UPDATE "Team" SET "name" = jsonb_build_object('en', "nameEn", 'zh-CN', "nameZh");
ALTER TABLE "Team" ALTER COLUMN "name" SET NOT NULL, DROP COLUMN "nameEn", DROP COLUMN "nameZh";

ALTER TABLE "Topic" ADD COLUMN "name" JSONB;
UPDATE "Topic" SET "name" = jsonb_build_object('en', "nameEn", 'zh-CN', "nameZh");
ALTER TABLE "Topic" ALTER COLUMN "name" SET NOT NULL, DROP COLUMN "nameEn", DROP COLUMN "nameZh";

-- Stored system lines and timeline events carried the two wordings too: same maps.
UPDATE "Message" SET "meta" = ("meta" - 'teamEn' - 'teamZh')
    || jsonb_build_object('team', jsonb_build_object('en', "meta"->>'teamEn', 'zh-CN', "meta"->>'teamZh'))
  WHERE "meta"->>'event' = 'transferred_team' AND "meta" ? 'teamEn';
UPDATE "Message" SET "meta" = ("meta" - 'nameEn' - 'nameZh' - 'noticeEn' - 'noticeZh')
    || jsonb_build_object('name', jsonb_build_object('en', "meta"->>'nameEn', 'zh-CN', "meta"->>'nameZh'),
                          'notice', jsonb_build_object('en', "meta"->>'noticeEn', 'zh-CN', "meta"->>'noticeZh'))
  WHERE "meta"->>'event' = 'account_action' AND "meta" ? 'nameEn';
UPDATE "Message" SET "meta" = jsonb_set("meta", '{topic}', (("meta"->'topic') - 'nameEn' - 'nameZh')
    || jsonb_build_object('name', jsonb_build_object('en', "meta"->'topic'->>'nameEn', 'zh-CN', "meta"->'topic'->>'nameZh')))
  WHERE jsonb_typeof("meta"->'topic') = 'object' AND "meta"->'topic' ? 'nameEn';
UPDATE "TicketEntry" SET "event" = ("event" - 'nameEn' - 'nameZh' - 'noticeEn' - 'noticeZh')
    || jsonb_build_object('name', jsonb_build_object('en', "event"->>'nameEn', 'zh-CN', "event"->>'nameZh'),
                          'notice', jsonb_build_object('en', "event"->>'noticeEn', 'zh-CN', "event"->>'noticeZh'))
  WHERE "event" ? 'noticeEn';
