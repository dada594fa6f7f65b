import { getTranslations } from "next-intl/server";
import type { OpenApiDocument } from "@/lib/openapi/document";

type Document = OpenApiDocument;

const METHOD_COLORS: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  put: "bg-amber-100 text-amber-900",
  patch: "bg-violet-100 text-violet-800",
  delete: "bg-red-100 text-red-800",
};

/** The OpenAPI document as a page: rendered on the server from the same object, no scripts, works offline. */
export async function ApiReference({ document }: { document: Document }) {
  const t = await getTranslations("exchange.apiDocs");
  const entries = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const tags = [...new Set(entries.map((e) => e.operation.tags?.[0] ?? ""))];
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{document.info.title}</h1>
        <p className="text-sm text-slate-600">{document.info.description}</p>
        <p className="text-sm">
          <a href="/api/v1/openapi.json" className="font-medium text-orange-700 hover:underline">
            {t("download")}
          </a>
        </p>
      </header>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-3">
          <h2 id={`tag-${tag}`} className="text-lg font-semibold">
            {tag}
          </h2>
          {entries
            .filter((e) => (e.operation.tags?.[0] ?? "") === tag)
            .map(({ path, method, operation }) => {
              const scopes = (operation.security ?? []).flatMap((s) => s.bearer ?? []);
              const body = operation.requestBody ? Object.entries(operation.requestBody.content)[0] : null;
              return (
                <details
                  key={`${method} ${path}`}
                  className="rounded-xl border border-slate-200 bg-white p-3"
                  data-testid="api-operation"
                >
                  <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
                    <span
                      className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_COLORS[method] ?? ""}`}
                    >
                      {method}
                    </span>
                    <code className="font-mono">{path}</code>
                    <span className="text-slate-600">{operation.summary}</span>
                  </summary>
                  <div className="mt-3 space-y-2 text-sm">
                    <p className="text-slate-700">{operation.description}</p>
                    <p>
                      <strong>{t("tokenScope")}:</strong>{" "}
                      {scopes.length ? <code>{scopes.join(", ")}</code> : t("browserOnly")}
                    </p>
                    {operation.parameters?.length ? (
                      <p>
                        <strong>{t("parameters")}:</strong>{" "}
                        {operation.parameters
                          .map((p) => `${p.name} (${p.in}${p.required ? ", " + t("required") : ""})`)
                          .join(" · ")}
                      </p>
                    ) : null}
                    {body ? (
                      <div>
                        <strong>{t("body")}</strong> <code className="text-xs">{body[0]}</code>
                        <pre className="mt-1 max-h-72 overflow-auto rounded-lg bg-slate-50 p-2 text-xs">
                          {JSON.stringify(body[1].example ?? body[1].schema, null, 2)}
                        </pre>
                      </div>
                    ) : null}
                    <p>
                      <strong>{t("responses")}:</strong>{" "}
                      {Object.entries(operation.responses)
                        .map(([status, r]) => `${status} ${r.description}`)
                        .join(" · ")}
                    </p>
                  </div>
                </details>
              );
            })}
        </section>
      ))}
    </div>
  );
}
