"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

const WIDTH = 480;
const HEIGHT = 200;

/**
 * The participant signs with a finger on the staff phone. Pointer events cover touch, pen and
 * mouse; the canvas is small and two-colour, so its PNG stays a few kilobytes.
 */
export function SignaturePad({ name, onSave, onSkip }: { name: string; onSave: (png: string) => Promise<boolean>; onSkip: () => void }) {
  const t = useTranslations("attendance.signature");
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, WIDTH, HEIGHT);
    context.lineWidth = 3;
    context.lineCap = "round";
    context.lineJoin = "round";
    context.strokeStyle = "#0f172a";
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return [((event.clientX - box.left) * WIDTH) / box.width, ((event.clientY - box.top) * HEIGHT) / box.height] as const;
  };
  const down = (event: React.PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const context = event.currentTarget.getContext("2d")!;
    context.beginPath();
    context.moveTo(...point(event));
  };
  const move = (event: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext("2d")!;
    context.lineTo(...point(event));
    context.stroke();
    setEmpty(false);
  };
  const clear = () => {
    const context = canvas.current?.getContext("2d");
    context?.fillRect(0, 0, WIDTH, HEIGHT);
    setEmpty(true);
  };
  const save = async () => {
    if (!canvas.current) return;
    setSaving(true);
    const ok = await onSave(canvas.current.toDataURL("image/png"));
    setSaving(false);
    if (!ok) clear();
  };

  return (
    <div className="rounded-xl border border-slate-300 bg-white p-4" role="group" aria-label={t("label", { name })}>
      <p className="font-semibold">{t("prompt", { name })}</p>
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={() => (drawing.current = false)}
        onPointerCancel={() => (drawing.current = false)}
        className="mt-2 w-full touch-none rounded border-2 border-dashed border-slate-400 bg-white"
      />
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={save} disabled={empty || saving}>
          {t("save")}
        </Button>
        <Button variant="secondary" onClick={clear}>
          {t("clear")}
        </Button>
        <Button variant="ghost" onClick={onSkip}>
          {t("skip")}
        </Button>
      </div>
    </div>
  );
}
