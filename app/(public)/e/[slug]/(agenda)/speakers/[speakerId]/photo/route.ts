import { createHash } from "node:crypto";
import { getPublicSpeakerPhoto } from "@/lib/agenda/public-queries";
import { PHOTO_CONTENT_SECURITY_POLICY } from "@/lib/http/content-security-policy.mjs";

// Photos are stored in the database (every app instance sees them) and served from here. The ETag
// lets a phone revalidate cheaply; a day of freshness keeps the speakers page fast and offline-ready.
const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp"]);

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; speakerId: string }> }) {
  const { slug, speakerId } = await params;
  const photo = await getPublicSpeakerPhoto(slug, speakerId);
  if (!photo || !IMAGE_TYPES.has(photo.type)) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const etag = `"${createHash("sha256").update(photo.bytes).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": photo.type,
    "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": PHOTO_CONTENT_SECURITY_POLICY,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(photo.bytes), { headers });
}
