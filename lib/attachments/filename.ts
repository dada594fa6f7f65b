// Bidi overrides and isolates (U+202A–202E, U+2066–2069), marks (U+200E/F, U+061C) and zero-width characters make
// "invoice\u202Egpj.exe" read as "invoiceexe.jpg"; control characters and path parts have no place in a name either.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The extension a sniffed type is served with: the name's own extension never decides what a file is. */
const EXTENSIONS: Record<string, string[]> = {
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/pdf": ["pdf"],
  "video/mp4": ["mp4"],
  "video/quicktime": ["mov"],
};

/**
 * A safe display name for an upload: no path, no control or bidi characters, at most 200 characters, and an
 * extension that matches the sniffed type ("photo.exe" served as PNG becomes "photo.png").
 */
export function cleanFilename(name: string, mimeType: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(INVISIBLE, "").trim();
  const dot = base.lastIndexOf(".");
  const stem = (dot > 0 ? base.slice(0, dot) : base).replace(/^\.+/, "").trim().slice(0, 180) || "file";
  const given = dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
  const allowed = EXTENSIONS[mimeType] ?? [];
  const extension = allowed.includes(given) ? given : (allowed[0] ?? "bin");
  return `${stem}.${extension}`;
}
