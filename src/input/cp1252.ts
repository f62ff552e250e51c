// windows-1252 done right: see lexicon/code-pages.ts for why not TextDecoder.
import { WINDOWS_1252_HIGH } from '../lexicon/code-pages.js';

const C1 = /[\u0080-\u009f]/g;

/** C1 control characters (bytes 0x80–0x9F read as Latin-1) to the windows-1252 characters meant. */
export function c1ToWindows1252(text: string): string {
  return text.replace(C1, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  return c1ToWindows1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}
