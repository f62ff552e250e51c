import { InputError } from '../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * Bytes to a string. `declared` is a charset the container states (an HTML meta tag);
 * without a BOM or a declaration the bytes are read as UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  const warnings: string[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding, warnings };
  if (looksBinary(bytes)) throw new InputError('binary', 'binary content (NUL or control bytes), not text');
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared.toLowerCase(), warnings };
    } catch {
      warnings.push(`unknown declared charset "${declared}", read as UTF-8`);
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings };
  } catch {
    warnings.push('invalid UTF-8 byte sequences replaced with U+FFFD');
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings };
  }
}
