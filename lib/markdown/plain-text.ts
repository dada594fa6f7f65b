/**
 * Markdown to the text a reader sees, for search documents and snippets. A fast approximation (no parse tree): it
 * runs for every article on every save and for 10,000 articles in the benchmark.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/^\s*(```|~~~).*$/gm, " ") // code fences (their content stays: people search for error codes)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images → alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links → their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, " ") // link definitions
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ") // inline HTML tags
    .replace(/^\s{0,3}#{1,6}\s+/gm, "") // heading marks
    .replace(/^\s{0,3}>\s?/gm, "") // block quotes
    .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/gm, "") // list markers, task boxes
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, " ") // table rules
    .replace(/\|/g, " ")
    .replace(/^\s*([-*_]\s*){3,}$/gm, " ") // horizontal rules
    .replace(/(\*\*|__|~~|`)/g, "")
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,!?:;]|$)/g, "$1$2")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
