import type { ComponentProps, ReactNode } from "react";

const control = (error?: string) =>
  `block w-full rounded-lg border bg-white px-3 text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none ${error ? "border-red-500" : "border-slate-300"}`;

function Described({ id, error, hint, label, children }: { id: string; error?: string; hint?: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: ReactNode) =>
  [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;

/** A labelled multi-line input with its error announced to screen readers. */
export function TextAreaField({ label, error, hint, id, ...input }: ComponentProps<"textarea"> & { label: string; error?: string; hint?: ReactNode; id: string }) {
  return (
    <Described id={id} error={error} hint={hint} label={label}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={`${control(error)} min-h-36 py-2.5 leading-relaxed`} {...input} />
    </Described>
  );
}

/** A labelled select. */
export function SelectField({ label, error, hint, id, children, ...input }: ComponentProps<"select"> & { label: string; error?: string; hint?: ReactNode; id: string }) {
  return (
    <Described id={id} error={error} hint={hint} label={label}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={`${control(error)} h-11`} {...input}>
        {children}
      </select>
    </Described>
  );
}
