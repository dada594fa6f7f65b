/** One help-center article's Russian translation, with what Russian-speaking customers ask when it is the answer. */
export type RuArticle = { title: string; body: string; questions: string[] };
