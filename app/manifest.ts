import type { MetadataRoute } from "next";
import id from "@/messages/id.json";

// Installable on a participant's phone; the agenda and ticket pages then open from the home screen
// and, through public/sw.js, keep working offline. The texts are the default language's.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Rakor — Rapat Koordinasi",
    short_name: "Rakor",
    description: id.meta.description,
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0f5864",
    lang: "id",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
