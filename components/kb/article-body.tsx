import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderMarkdown } from "@/lib/markdown/render";

// Typography for rendered articles (no plugin: a handful of element styles).
const PROSE = [
  "text-[15px] leading-7 text-slate-700 break-words",
  "[&_h2]:mt-10 [&_h2]:mb-3 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-slate-900 [&_h2]:scroll-mt-24",
  "[&_h3]:mt-8 [&_h3]:mb-2 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-slate-900 [&_h3]:scroll-mt-24",
  "[&_h4]:mt-6 [&_h4]:font-semibold [&_h4]:text-slate-900",
  "[&_a.heading-anchor]:font-semibold [&_a.heading-anchor]:text-inherit [&_a.heading-anchor]:no-underline [&_a.heading-anchor:hover]:underline",
  "[&_p]:my-4 [&_ul]:my-4 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1.5",
  "[&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:text-brand-800",
  "[&_strong]:font-semibold [&_strong]:text-slate-900",
  "[&_blockquote]:my-5 [&_blockquote]:rounded-r-lg [&_blockquote]:border-l-4 [&_blockquote]:border-brand-400 [&_blockquote]:bg-brand-50 [&_blockquote]:px-4 [&_blockquote]:py-1 [&_blockquote]:text-slate-800",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1.5 [&_code]:py-0.5 [&_code]:text-[13px] [&_code]:text-slate-800",
  "[&_pre]:my-5 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-slate-900 [&_pre]:p-4 [&_pre]:text-slate-100 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_pre_code]:text-slate-100",
  "[&_table]:my-5 [&_table]:block [&_table]:w-full [&_table]:overflow-x-auto [&_table]:text-sm",
  "[&_th]:border-b [&_th]:border-slate-300 [&_th]:bg-slate-50 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold [&_th]:text-slate-900",
  "[&_td]:border-b [&_td]:border-slate-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top",
  "[&_img]:my-4 [&_img]:max-w-full [&_img]:rounded-lg [&_hr]:my-8 [&_hr]:border-slate-200",
  "[&_kbd]:rounded [&_kbd]:border [&_kbd]:border-slate-300 [&_kbd]:bg-white [&_kbd]:px-1.5 [&_kbd]:text-xs",
  "[&_details]:my-4 [&_details]:rounded-lg [&_details]:border [&_details]:border-slate-200 [&_details]:p-3 [&_summary]:cursor-pointer [&_summary]:font-medium",
  "[&>:first-child]:mt-0",
].join(" ");

/** Article markdown, sanitised (lib/markdown/render.ts) and rendered as React elements: no raw HTML injection. */
export function ArticleBody({ markdown, className = "" }: { markdown: string; className?: string }) {
  const { tree } = renderMarkdown(markdown);
  return <div className={`${PROSE} ${className}`}>{toJsxRuntime(tree, { Fragment, jsx, jsxs })}</div>;
}
