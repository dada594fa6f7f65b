/** Extra origins (sites embedding the widget) from ALLOWED_ORIGINS, comma-separated: they may frame /widget and open sockets. */
export function allowedOrigins(): string[] {
  return (process.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}
