"use client";

import * as ToggleGroup from "@radix-ui/react-toggle-group";
import type { ReactNode } from "react";

type Option<V extends string> = {
  value: V;
  label: ReactNode;
  disabled?: boolean;
  title?: string;
  /** Classes when chosen, else when not (each control keeps its own look). */
  on: string;
  off: string;
  testId?: string;
};

/**
 * One choice of a few (reply or note, agent or team), as a Radix toggle group: one Tab stop, arrow keys move between
 * the options, the chosen one is announced as checked. A click on the chosen option keeps it chosen.
 */
export function Segmented<V extends string>({
  value,
  onChange,
  options,
  label,
  className = "",
  itemClassName = "",
}: {
  value: V;
  onChange(value: V): void;
  options: Option<V>[];
  label: string;
  className?: string;
  itemClassName?: string;
}) {
  return (
    <ToggleGroup.Root
      type="single"
      value={value}
      onValueChange={(next) => next && onChange(next as V)}
      aria-label={label}
      className={className}
    >
      {options.map((option) => (
        <ToggleGroup.Item
          key={option.value}
          value={option.value}
          disabled={option.disabled}
          title={option.title}
          className={`${itemClassName} ${option.value === value ? option.on : option.off}`}
          data-testid={option.testId}
        >
          {option.label}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
