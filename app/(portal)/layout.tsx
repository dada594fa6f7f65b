import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getActor } from "@/lib/auth/current";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader actor={actor} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
