import { describe, expect, it } from 'vitest';
import { ERROR_CODE_MEANINGS, InputError, UsageError } from '../src/errors.js';
import { ErrorCode } from '../src/schema.js';

describe('errors', () => {
  it('explains every error code of the schema', () => {
    expect(Object.keys(ERROR_CODE_MEANINGS).sort()).toEqual([...ErrorCode.options].sort());
    for (const meaning of Object.values(ERROR_CODE_MEANINGS)) expect(meaning.length).toBeGreaterThan(10);
  });

  it('carries the code on an InputError', () => {
    const error = new InputError('binary', 'x.txt: binary content');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('binary');
    expect(error.name).toBe('InputError');
  });

  it('names a UsageError', () => {
    expect(new UsageError('no input').name).toBe('UsageError');
  });
});
