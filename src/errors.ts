import type { ErrorCode } from './schema.js';

/** A document that cannot be processed; becomes `{source, error: {code, message}}`. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Wrong flags or no input: the CLI prints the message with --help and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What each error code in a record means; the README's table says the same. */
export const ERROR_CODE_MEANINGS: Readonly<{ [C in ErrorCode]: string }> = {
  usage: 'never in a record: wrong flags or no input (the CLI exits 2)',
  not_found: 'the path, or every file a glob pattern could match, does not exist (also a dangling symlink)',
  unreadable: 'the file exists but cannot be read: permission denied, a symlink loop, a directory given where a file was expected, an I/O error',
  empty: 'no text: an empty file, whitespace only, or a page with no article text',
  binary: 'not text: PDF, image, archive or Office file by its magic bytes, NUL bytes, or mostly control bytes',
  too_large: 'larger than --max-bytes (default 20 MB)',
  unsupported_encoding: 'text in an encoding we detect but do not convert: VIQR, or Vietnamese in an unrecognised legacy code page (VISCII, VPS)',
  not_vietnamese: 'the language is not Vietnamese (English, Chinese, …); --no-lang-check extracts anyway',
  invalid_record: 'the record failed the schema check (a bug: the message holds the zod error)',
  internal: 'an unexpected failure while processing this document, e.g. a worker thread that died on it (a bug)',
};
