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
