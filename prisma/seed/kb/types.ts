/** One help-center article, seeded in both supported locales. */
export type SeedArticle = {
  slug: string; // kebab-case English, unique across all files
  category: string; // one of the category slugs in categories.ts
  zh: { title: string; body: string }; // body is Markdown, Simplified Chinese (zh-CN)
  en: { title: string; body: string }; // body is Markdown, English
};

export type SeedCategory = {
  slug: string;
  name: Record<string, string>; // per locale: "zh-CN", "en", "ru"
  description: Record<string, string>;
  icon: string; // lucide icon name
  sortOrder: number;
};
