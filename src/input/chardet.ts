// chardet, loaded on first use: only bytes that are neither UTF-8 nor a Vietnamese code page
// need a guess, and most runs meet none. It is CommonJS, so require() loads it synchronously.
import { createRequire } from 'node:module';
import type { AnalyseResult } from 'chardet';

let chardet: { analyse(bytes: Uint8Array): AnalyseResult } | null = null;

/** chardet's guesses for these bytes, likeliest first. */
export function analyseCharset(bytes: Uint8Array): AnalyseResult {
  chardet ??= createRequire(import.meta.url)('chardet') as { analyse(bytes: Uint8Array): AnalyseResult };
  return chardet.analyse(bytes);
}
