import type { ComponentProps, ReactNode } from "react";

// Labelled form controls whose hint and error are announced to screen readers: input, textarea and select share
// the label, the messages and the styling.

type Described = { label: string; error?: string; hint?: ReactNode; id: string };

const control = (error?: string) =>
  `block w-full rounded-lg border bg-white px-3 text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none ${error ? "border-red-500" : "border-slate-300"}`;

const describedBy = (id: string, error?: string, hint?: ReactNode) =>
  [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;

function Labelled({ id, error, hint, label, children }: Described & { children: ReactNode }) {
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

const a11y = (id: string, error?: string, hint?: ReactNode) => ({
  id,
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(id, error, hint),
});

export function Field({ label, error, hint, id, ...input }: ComponentProps<"input"> & Described) {
  return (
    <Labelled id={id} error={error} hint={hint} label={label}>
      <input {...a11y(id, error, hint)} className={`${control(error)} h-11`} {...input} />
    </Labelled>
  );
}

export function TextAreaField({ label, error, hint, id, ...input }: ComponentProps<"textarea"> & Described) {
  return (
    <Labelled id={id} error={error} hint={hint} label={label}>
      <textarea {...a11y(id, error, hint)} className={`${control(error)} min-h-36 py-2.5 leading-relaxed`} {...input} />
    </Labelled>
  );
}

export function SelectField({ label, error, hint, id, children, ...input }: ComponentProps<"select"> & Described) {
  return (
    <Labelled id={id} error={error} hint={hint} label={label}>
      <select {...a11y(id, error, hint)} className={`${control(error)} h-11`} {...input}>
        {children}
      </select>
    </Labelled>
  );
}

/** A checkbox with its label beside it. */
export function Checkbox({
  label,
  checked,
  onChange,
  ...rest
}: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void } & Omit<
  ComponentProps<"input">,
  "type" | "checked" | "onChange"
>) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} {...rest} />
      {label}
    </label>
  );
}
