import { VerifyEmailBanner } from "@/components/account/verify-email-banner";
import { AnnouncementBar } from "@/components/layout/announcement-bar";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getActor } from "@/lib/auth/current";
import { needsEmailVerification } from "@/lib/services/account-links/email-verification";
import { findLiveAnnouncements } from "@/lib/services/announcements/announcements";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const [actor, announcements] = await Promise.all([getActor(), findLiveAnnouncements()]);
  const unverifiedEmail = await needsEmailVerification(actor);
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader actor={actor} />
      {unverifiedEmail ? <VerifyEmailBanner email={unverifiedEmail} /> : null}
      <AnnouncementBar announcements={announcements} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
