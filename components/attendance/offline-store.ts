import type { PendingScan } from "./door-types";

// What a door device keeps between page loads, in localStorage: the scans the server has not taken
// yet (synchronous storage cannot lose a scan between an await and a closed tab), and its name.

const queueKey = (eventId: string) => `rakor.checkin.${eventId}.queue`;
const DEVICE_KEY = "rakor.checkin.device";

function read<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export const loadQueue = (eventId: string) => read<PendingScan[]>(queueKey(eventId)) ?? [];
export const saveQueue = (eventId: string, queue: PendingScan[]) => localStorage.setItem(queueKey(eventId), JSON.stringify(queue));

export function loadDeviceName(fallback: string): string {
  return localStorage.getItem(DEVICE_KEY) ?? fallback;
}
export const saveDeviceName = (name: string) => localStorage.setItem(DEVICE_KEY, name.slice(0, 40));

/** crypto.randomUUID needs a secure page; a door device on plain http still gets unique ids. */
export function newScanId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
