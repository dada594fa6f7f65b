import { Search } from "lucide-react";

/** The dark band with a big search box that opens the portal home and the help center: a plain GET form to the
 *  help center's search page (works without JavaScript). */
export function SearchHero({
  id,
  title,
  subtitle,
  label,
  placeholder,
  submit,
  query = "",
}: {
  id: string;
  title: string;
  subtitle: string;
  label: string;
  placeholder: string;
  submit: string;
  query?: string;
}) {
  return (
    <section className="bg-gradient-to-b from-slate-900 to-slate-800 text-white">
      <div className="mx-auto max-w-3xl px-4 py-12 text-center sm:py-16">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        <p className="mt-3 text-slate-300">{subtitle}</p>
        <form action="/help/search" method="get" role="search" className="mt-8 flex gap-2">
          <label htmlFor={id} className="sr-only">
            {label}
          </label>
          <div className="relative flex-1">
            <Search
              aria-hidden
              className="pointer-events-none absolute top-1/2 left-4 size-5 -translate-y-1/2 text-slate-400"
            />
            <input
              id={id}
              name="q"
              type="search"
              defaultValue={query}
              placeholder={placeholder}
              className="h-14 w-full rounded-xl border-0 bg-white pr-4 pl-12 text-base text-slate-900 shadow-lg placeholder:text-slate-500 focus:ring-4 focus:ring-brand-300 focus:outline-none"
            />
          </div>
          <button
            type="submit"
            className="h-14 rounded-xl bg-brand-700 px-6 font-semibold text-white shadow-lg hover:bg-brand-800"
          >
            {submit}
          </button>
        </form>
      </div>
    </section>
  );
}
