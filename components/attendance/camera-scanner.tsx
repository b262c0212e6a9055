"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

const SCAN_INTERVAL_MS = 150;
const SAME_CODE_PAUSE_MS = 3_000;

/**
 * The phone's back camera reading QR codes: the browser's own BarcodeDetector where it has one
 * (Chrome on Android), otherwise jsQR on frames drawn to a canvas, loaded only then. The same code
 * held in front of the camera is reported once every few seconds, not on every frame.
 */
export function CameraScanner({ onCode }: { onCode: (text: string) => void }) {
  const t = useTranslations("attendance.scanner");
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    let last = { text: "", at: 0 };
    const report = (text: string) => {
      const now = Date.now();
      if (text === last.text && now - last.at < SAME_CODE_PAUSE_MS) return;
      last = { text, at: now };
      onCodeRef.current(text);
    };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const Native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
        const detector = Native ? new Native({ formats: ["qr_code"] }) : null;
        const jsQR = detector ? null : (await import("jsqr")).default;
        const canvas = document.createElement("canvas");
        const context = canvas.getContext("2d", { willReadFrequently: true });
        const tick = async () => {
          const element = video.current;
          if (stopped || !element) return;
          if (element.readyState >= 2) {
            if (detector) {
              const [found] = await detector.detect(element).catch(() => []);
              if (found?.rawValue) report(found.rawValue);
            } else if (jsQR && context) {
              canvas.width = element.videoWidth;
              canvas.height = element.videoHeight;
              context.drawImage(element, 0, 0);
              const frame = context.getImageData(0, 0, canvas.width, canvas.height);
              const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: "dontInvert" });
              if (found?.data) report(found.data);
            }
          }
          timer = window.setTimeout(tick, SCAN_INTERVAL_MS);
        };
        void tick();
      } catch {
        setError(t("cameraError"));
        setOn(false);
      }
    })();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on, t]);

  return (
    <div>
      {on ? (
        <div className="relative overflow-hidden rounded-lg bg-black">
          <video ref={video} className="aspect-square w-full object-cover" muted playsInline />
          <div aria-hidden className="pointer-events-none absolute inset-[15%] rounded-lg border-4 border-white/70" />
          <Button variant="secondary" className="absolute bottom-2 right-2" onClick={() => setOn(false)}>
            {t("cameraOff")}
          </Button>
        </div>
      ) : (
        <Button className="w-full py-4 text-base" onClick={() => (setError(null), setOn(true))}>
          {t("cameraOn")}
        </Button>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
