"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-controls";
import type { ActionResult } from "@/lib/actions/action-result";
import type { ImageUploadTexts } from "./image-texts";



interface ImageUploadFormProps {
  /** The route of the stored image (GET shows it, POST replaces it). */
  url: string;
  /** The multipart field the route reads. */
  field: string;
  hasImage: boolean;
  texts: ImageUploadTexts;
  remove: () => Promise<ActionResult<void>>;
}

// An image kept in the database (a speaker's photo, an organisation's logo). The file goes to its
// route as multipart; the server judges its type by its bytes and its size, so the browser's
// checks here are only a courtesy.
export function ImageUploadForm({ url: photoUrl, field, hasImage: hasPhoto, texts, remove }: ImageUploadFormProps) {
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" }>();
  const [fieldError, setFieldError] = useState<string>();

  async function upload(form: HTMLFormElement) {
    setPending(true);
    setMessage(undefined);
    setFieldError(undefined);
    try {
      const response = await fetch(photoUrl, { method: "POST", body: new FormData(form) });
      const result = (await response.json().catch(() => null)) as ActionResult<void> | null;
      if (!result) {
        setMessage({ text: tErrors("unexpected"), tone: "error" });
      } else if (result.ok) {
        form.reset();
        setVersion((v) => v + 1);
        setMessage({ text: texts.saved, tone: "success" });
        router.refresh();
      } else {
        setFieldError(result.fieldErrors?.[field]);
        setMessage({ text: result.message, tone: "error" });
      }
    } finally {
      setPending(false);
    }
  }

  async function removePhoto() {
    setPending(true);
    const result = await remove();
    setPending(false);
    setMessage(result.ok ? { text: texts.removed, tone: "success" } : { text: result.message, tone: "error" });
    if (result.ok) router.refresh();
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        {texts.title}
      </h3>
      {hasPhoto || version > 0 ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, session-authorized image; next/image would proxy it
        <img src={`${photoUrl}?v=${version}`} alt={texts.alt} width={128} height={128} className="h-32 w-32 rounded-md object-cover" />
      ) : (
        <p className="text-sm text-slate-600">{texts.none}</p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void upload(event.currentTarget);
        }}
        className="space-y-2"
      >
        <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-800">
          {texts.label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {texts.hint}
        </p>
        <input
          id={`${id}-file`}
          name={field}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          required
          aria-describedby={`${id}-hint ${id}-error`}
          aria-invalid={fieldError ? true : undefined}
          className="block w-full max-w-full text-sm"
        />
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
          {fieldError}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? texts.uploading : texts.upload}
          </Button>
          {(hasPhoto || version > 0) && (
            <Button variant="ghost" disabled={pending} onClick={() => void removePhoto()}>
              {texts.remove}
            </Button>
          )}
        </div>
      </form>
      <FormMessage message={message?.text} tone={message?.tone} />
    </section>
  );
}
