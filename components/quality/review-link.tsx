import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";

/** From a closed chat or solved ticket to its review (supervisors; never on their own work). */
export function ReviewLink({ href, kind, className }: { href: string; kind: "chat" | "ticket"; className?: string }) {
  const t = useTranslations("quality.review");
  return (
    <ButtonLink href={href} variant="secondary" size="sm" className={className} data-testid="review-link">
      {kind === "chat" ? t("reviewChat") : t("reviewTicket")}
    </ButtonLink>
  );
}
