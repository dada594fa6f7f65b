import { ButtonLink } from "@/components/ui/button";

/** A full-page message (404, 403) with a way home. */
export function StatusPage({ code, title, body, home }: { code: string; title: string; body: string; home: string }) {
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold tracking-widest text-brand-700">{code}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-3 max-w-md text-slate-600">{body}</p>
      <ButtonLink href="/" className="mt-8">
        {home}
      </ButtonLink>
    </main>
  );
}
