import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { speakerPhotoResponse, uploadSpeakerPhoto } from "@/lib/speakers/photo-route";

type Context = { params: Promise<{ eventId: string; speakerId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const [{ eventId, speakerId }, errors, actor] = await Promise.all([params, getTranslations("errors"), getActor()]);
  return speakerPhotoResponse(actor, eventId, speakerId, (code) => errors(code as "not_found"));
}

export async function POST(request: Request, { params }: Context) {
  const [{ eventId, speakerId }, t] = await Promise.all([params, getTranslations("speakers.errors")]);
  return uploadSpeakerPhoto(request, eventId, speakerId, t("photoTooLarge", { max: "2 MB" }));
}
