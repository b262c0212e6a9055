// The texts of the image upload form (image-upload-form.tsx), built where the translations are:
// on the server for a server page, in the browser for a client component.

export const IMAGE_TEXT_KEYS = ["title", "label", "hint", "upload", "uploading", "remove", "saved", "removed", "none"] as const;
type ImageTextKey = (typeof IMAGE_TEXT_KEYS)[number];
export type ImageUploadTexts = Record<ImageTextKey | "alt", string>;

/** The form's texts from a message namespace that has every key of IMAGE_TEXT_KEYS. */
export function imageTexts(text: (key: ImageTextKey) => string, alt: string): ImageUploadTexts {
  return { ...(Object.fromEntries(IMAGE_TEXT_KEYS.map((key) => [key, text(key)])) as Record<ImageTextKey, string>), alt };
}
