// Types for the plain-Node build script, so tests and the dev starter can call it from TypeScript.

export interface PublicAssetPaths {
  /** Folder that receives agenda.js and agenda.css. */
  outDir: string;
  /** The browser script's entry module. */
  scriptEntry: string;
  /** The Tailwind stylesheet; its @source globs decide which utilities are kept. */
  cssEntry: string;
}

export const defaultAssetPaths: PublicAssetPaths;

export function buildPublicAssets(options?: Partial<PublicAssetPaths>): Promise<{ script: string; css: string }>;

export function buildAndReport(): Promise<void>;

export function watchPublicAssets(): Promise<void>;
