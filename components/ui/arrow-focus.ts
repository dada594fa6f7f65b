import type { KeyboardEvent } from "react";

/**
 * Arrow keys move focus between the buttons of a list or grid (`columns` wide; 1 for a list); Home and End jump to
 * the ends. For pickers inside a popover, where Tab would otherwise walk through every choice.
 */
export function arrowFocus(event: KeyboardEvent<HTMLElement>, columns = 1): void {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>("button:not([disabled])")];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const step: Record<string, number> = {
    ArrowRight: columns > 1 ? 1 : 0,
    ArrowLeft: columns > 1 ? -1 : 0,
    ArrowDown: columns,
    ArrowUp: -columns,
  };
  let next: number | undefined;
  if (event.key === "Home") next = 0;
  else if (event.key === "End") next = items.length - 1;
  else if (step[event.key]) next = at < 0 ? 0 : Math.min(items.length - 1, Math.max(0, at + step[event.key]));
  if (next === undefined || !items[next]) return;
  event.preventDefault();
  items[next].focus();
}
