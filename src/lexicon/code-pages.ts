/**
 * windows-1252's 0x80–0x9F block. Node 20's TextDecoder reads "windows-1252" (and its aliases
 * latin1, iso-8859-1, ascii) as ISO-8859-1, which turns these bytes into C1 controls; the
 * legacy font pages use them for quotes and dashes (“ ” – …), so we map them ourselves.
 * The five bytes windows-1252 leaves undefined map to themselves.
 */
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
