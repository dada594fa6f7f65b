import * as kb from "@/lib/contracts/kb";
import { op } from "./types";

const a = "/api/v1/kb/articles/{articleId}";
const tag = "Knowledge base";

export const kbOperations = [
  op({ method: "get", path: "/api/v1/kb/search", tag, summary: "Search published articles", audience: "anyone", query: kb.searchQuerySchema }),
  op({ method: "get", path: "/api/v1/kb/articles", tag, summary: "The article list with drafts", audience: "agent", query: kb.articleListQuerySchema }),
  op({ method: "post", path: "/api/v1/kb/articles", tag, summary: "Create an article (a draft unless `publish`)", audience: "admin", scope: "kb:write", body: kb.createArticleSchema, success: { status: 201 } }),
  op({ method: "get", path: a, tag, summary: "Both translations of an article", audience: "agent" }),
  op({ method: "patch", path: a, tag, summary: "Save an article (409 when someone saved meanwhile)", audience: "admin", scope: "kb:write", body: kb.updateArticleSchema }),
  op({ method: "post", path: `${a}/publish`, tag, summary: "Publish", audience: "admin", scope: "kb:write" }),
  op({ method: "post", path: `${a}/unpublish`, tag, summary: "Unpublish", audience: "admin", scope: "kb:write" }),
  op({ method: "get", path: `${a}/revisions`, tag, summary: "Every save, newest first", audience: "agent" }),
  op({ method: "post", path: `${a}/revisions/{revisionId}/restore`, tag, summary: "Restore a revision (as a new one)", audience: "admin" }),
  op({ method: "post", path: `${a}/feedback`, tag, summary: "Was this article helpful?", audience: "anyone", body: kb.feedbackSchema, success: { status: 201 } }),
  op({ method: "get", path: "/api/v1/kb/categories", tag, summary: "Categories", audience: "anyone" }),
  op({ method: "post", path: "/api/v1/kb/categories", tag, summary: "Create a category", audience: "admin", scope: "kb:write", body: kb.categoryInputSchema, success: { status: 201 } }),
  op({ method: "patch", path: "/api/v1/kb/categories/{categoryId}", tag, summary: "Change a category", audience: "admin", scope: "kb:write", body: kb.updateCategorySchema }),
  op({ method: "delete", path: "/api/v1/kb/categories/{categoryId}", tag, summary: "Delete an empty category", audience: "admin", scope: "kb:write", success: { status: 204, contentType: "none" } }),
  op({ method: "post", path: "/api/v1/kb/categories/reorder", tag, summary: "Reorder categories", audience: "admin", body: kb.reorderCategoriesSchema }),
  op({ method: "get", path: "/api/v1/kb/report", tag, summary: "Top and zero-result searches, least helpful articles", audience: "admin", scope: "reports:read", query: kb.reportQuerySchema }),
];
