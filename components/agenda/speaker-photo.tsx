import { speakerPhotoPath } from "@/lib/agenda/public/paths";
import type { PublicSpeaker } from "@/lib/agenda/public/model";

/** The speaker's photo, or their initials on a tinted disc when there is none. */
export function SpeakerPhoto({ slug, speaker, alt, size = 56 }: { slug: string; speaker: PublicSpeaker; alt: string; size?: number }) {
  if (speaker.hasPhoto) {
    return (
      // A plain img: the photo comes from the database through our own route, already sized by the organizer.
      // eslint-disable-next-line @next/next/no-img-element
      <img src={speakerPhotoPath(slug, speaker.id)} alt={alt} width={size} height={size} loading="lazy" className="shrink-0 rounded-full bg-slate-200 object-cover" style={{ width: size, height: size }} />
    );
  }
  const initials = speaker.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
  return (
    <span aria-hidden="true" className="flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-bold text-brand-900" style={{ width: size, height: size }}>
      {initials}
    </span>
  );
}
