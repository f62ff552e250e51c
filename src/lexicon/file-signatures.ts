// Magic bytes at the start of files that are never text, with the name the error reports.
export interface FileSignature {
  name: string;
  bytes: readonly number[];
  /** Where the signature starts (most start at 0). */
  offset?: number;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

export const BINARY_SIGNATURES: readonly FileSignature[] = [
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'GIF image', bytes: ascii('GIF8') },
  { name: 'WebP image', bytes: ascii('WEBP'), offset: 8 },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ZIP archive (or DOCX/XLSX/ODT)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive (or DOCX/XLSX/ODT)', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 archive', bytes: ascii('BZh') },
  { name: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: ascii('Rar!') },
  { name: 'Microsoft Office document (DOC/XLS/PPT)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'RTF document', bytes: ascii('{\\rtf') },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'MP4/MOV video', bytes: ascii('ftyp'), offset: 4 },
  { name: 'MP3 audio', bytes: ascii('ID3') },
  { name: 'Ogg media', bytes: ascii('OggS') },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: ascii('SQLite format 3\u0000') },
];
