/** One CSV field: quoted when needed, and never read as a formula by a spreadsheet (=, +, -, @ at the start). */
function field(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV lines (CRLF, as spreadsheets expect). */
export const csvLines = (rows: (string | number | null)[][]) =>
  rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";

/** A CSV download: a BOM so spreadsheets read the UTF-8 (Chinese headers) right, never cached. */
export const csvResponse = (body: string, name: string) =>
  new Response(`\uFEFF${body}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
      "cache-control": "no-store",
    },
  });
