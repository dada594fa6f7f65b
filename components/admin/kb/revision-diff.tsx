import { diffLines, diffWordsWithSpace } from "diff";

/** What changed between two texts, line by line (words within a changed title), additions green, removals red. */
export function RevisionDiff({
  before,
  after,
  words = false,
  labels,
}: {
  before: string;
  after: string;
  words?: boolean;
  labels: { added: string; removed: string };
}) {
  const parts = words ? diffWordsWithSpace(before, after) : diffLines(before, after);
  return (
    <pre
      className={`overflow-x-auto rounded-lg border border-slate-200 bg-white p-3 text-[13px] leading-6 whitespace-pre-wrap ${words ? "font-sans" : "font-mono"}`}
    >
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-emerald-100 text-emerald-900 no-underline" title={labels.added}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-100 text-red-900" title={labels.removed}>
            {part.value}
          </del>
        ) : (
          <span key={index} className="text-slate-600">
            {part.value}
          </span>
        ),
      )}
    </pre>
  );
}
