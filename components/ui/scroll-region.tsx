import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its table is wider than the screen. It is a named Tab stop, so a keyboard user
 * can scroll it with the arrow keys even when nothing inside takes the focus.
 */
export function ScrollRegion({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
