"use client";

import { useTranslations } from "next-intl";
import { imageTexts } from "@/components/forms/image-texts";
import { ImageUploadForm } from "@/components/forms/image-upload-form";
import type { ActionResult } from "@/lib/actions/action-result";

interface SpeakerPhotoFormProps {
  /** The console's photo route for this speaker (GET shows it, POST replaces it). */
  photoUrl: string;
  hasPhoto: boolean;
  speakerName: string;
  remove: () => Promise<ActionResult<void>>;
}

export function SpeakerPhotoForm({ photoUrl, hasPhoto, speakerName, remove }: SpeakerPhotoFormProps) {
  const t = useTranslations("speakers");
  const texts = imageTexts((key) => t(`photo.${key}`), t("page.photoOf", { name: speakerName }));
  return <ImageUploadForm url={photoUrl} field="photo" hasImage={hasPhoto} texts={texts} remove={remove} />;
}
