import sharp from "sharp";

// For tests and the benchmark: signatures as the door's pad saves them (a 480×200 RGBA PNG of a
// dark stroke on white), each one a little different.

export async function doorSignaturePng(seed: number): Promise<Buffer> {
  const wave = (i: number) => Math.round(100 + 60 * Math.sin((i + seed) / 3));
  const points = Array.from({ length: 24 }, (_, i) => `${40 + i * 17},${wave(i)}`).join(" L ");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="200"><rect width="480" height="200" fill="#fff"/><path d="M ${points}" fill="none" stroke="#0f172a" stroke-width="3" stroke-linecap="round"/></svg>`;
  return sharp(Buffer.from(svg)).ensureAlpha().png().toBuffer();
}
