import {
  BookOpen,
  CandlestickChart,
  CircleHelp,
  Code,
  IdCard,
  Lock,
  PiggyBank,
  Rocket,
  Shield,
  Wallet,
} from "lucide-react";

const ICONS = {
  book: BookOpen,
  rocket: Rocket,
  shield: Shield,
  "id-card": IdCard,
  wallet: Wallet,
  "candlestick-chart": CandlestickChart,
  code: Code,
  "piggy-bank": PiggyBank,
  lock: Lock,
  "help-circle": CircleHelp,
} as const;

/** A category's icon by its stored name (unknown names fall back to a book). */
export function CategoryIcon({ name, className = "size-6" }: { name: string; className?: string }) {
  const Icon = ICONS[name as keyof typeof ICONS] ?? BookOpen;
  return <Icon aria-hidden className={className} />;
}
