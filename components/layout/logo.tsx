import Link from "next/link";

/** The product's name, the same in every language. */
const BRAND = "Beacon";

/** Beacon's mark: a lighthouse beam. */
export function Logo({ href = "/", suffix }: { href?: string; suffix?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
      <svg aria-hidden viewBox="0 0 32 32" className="size-8">
        <rect width="32" height="32" rx="8" className="fill-slate-900" />
        <path d="M16 7l3 5h-6l3-5z" className="fill-brand-400" />
        <path d="M13 13h6l1.5 12h-9L13 13z" className="fill-white" />
        <path d="M20 10l8-3v7l-8-2z" className="fill-brand-300 opacity-80" />
      </svg>
      <span className="text-lg">{BRAND}</span>
      {suffix ? (
        <span className="rounded-md bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">{suffix}</span>
      ) : null}
    </Link>
  );
}
