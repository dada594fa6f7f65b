import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { UserMenu } from "./user-menu";

/** The console and admin frame: dark sidebar on large screens, top bar on small ones. */
export function WorkspaceShell({
  title,
  home,
  userName,
  sidebar,
  children,
  actions,
}: {
  title: string;
  home: string;
  userName: string;
  sidebar: React.ReactNode;
  children: React.ReactNode;
  /** Extra header controls (the notification bell). */
  actions?: React.ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col lg:flex-row">
      <aside className="flex flex-col gap-6 bg-slate-900 p-4 text-white lg:sticky lg:top-0 lg:h-screen lg:w-60 lg:shrink-0">
        <div className="rounded-lg bg-white px-2 py-1.5">
          <Logo href={home} suffix={title} />
        </div>
        {sidebar}
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-end gap-3 border-b border-slate-200 bg-white px-4">
          {actions}
          <LocaleSwitcher />
          <UserMenu name={userName} />
        </header>
        <main id="main" className="flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
