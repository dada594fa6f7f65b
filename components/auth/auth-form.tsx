"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * The frame of the login and sign-up forms: fields, the announced error, the submit button, a footer link.
 * It submits through onSubmit, not a form action: React resets a form after its action, and a person correcting
 * one field must not lose the others.
 */
export function AuthForm({
  onSubmit,
  error,
  pending,
  submitLabel,
  pendingLabel,
  footer,
  children,
}: {
  onSubmit: (form: FormData) => void;
  error: string | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  footer: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget));
      }}
      className="space-y-4"
      noValidate
    >
      {children}
      <p role="alert" aria-live="assertive" className="min-h-5 text-sm text-red-600" data-testid="form-error">
        {error}
      </p>
      <Button type="submit" className="w-full" size="lg" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
      <p className="text-center text-sm text-slate-600">{footer}</p>
    </form>
  );
}

/** What a finished auth step says in place of its form (link sent, password changed). */
export function AuthNotice({ testId, children }: { testId: string; children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-lg bg-emerald-50 p-4 text-sm text-emerald-800" data-testid={testId}>
      {children}
    </p>
  );
}

/** The link under an auth form ("Back to log in", "Create account"). */
export function AuthLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="font-medium text-brand-700 hover:underline">
      {children}
    </Link>
  );
}
