import type { DoorResult } from "./door-types";

// A door is loud and staff look at the person, not the phone: each outcome has its own sound and
// vibration. WebAudio needs no audio file, so it works offline.

let audio: AudioContext | null = null;

function tone(frequency: number, startSec: number, lengthSec: number) {
  if (!audio) return;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = frequency;
  oscillator.type = "sine";
  gain.gain.setValueAtTime(0.25, audio.currentTime + startSec);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + startSec + lengthSec);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(audio.currentTime + startSec);
  oscillator.stop(audio.currentTime + startSec + lengthSec);
}

export function signal(kind: DoorResult["kind"]) {
  try {
    audio ??= new AudioContext();
    if (kind === "checked_in") tone(1320, 0, 0.15);
    else if (kind === "already") [0, 0.2].forEach((at) => tone(880, at, 0.12));
    else tone(220, 0, 0.5);
  } catch {
    // No audio on this device: the colour and the vibration still tell.
  }
  const pattern = kind === "checked_in" ? [80] : kind === "already" ? [80, 80, 80] : [400];
  if (typeof navigator.vibrate === "function") navigator.vibrate(pattern);
}
