/** Draft or published, as a small badge (text, not colour alone, says which). */
export function StatusBadge({ status, label }: { status: "DRAFT" | "PUBLISHED"; label: string }) {
  const style =
    status === "PUBLISHED"
      ? "bg-emerald-50 text-emerald-800 ring-emerald-200"
      : "bg-amber-50 text-amber-900 ring-amber-200";
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${style}`}>
      {label}
    </span>
  );
}
