import { HomeChannels } from "@/components/layout/home-channels";
import { HomeHero } from "@/components/layout/home-hero";

export default function HomePage() {
  return (
    <>
      <HomeHero />
      <HomeChannels />
    </>
  );
}
