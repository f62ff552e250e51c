// One document: decode → normalise → body → extract → refine → validate.
import { extname } from 'node:path';
import { InputError } from './errors.js';
import { extractAll } from './extract/index.js';
import type { ExtractContext } from './extract/context.js';
import { declaredCharset } from './html/charset.js';
import { htmlArticle } from './html/body.js';
import { decodeBytes } from './input/decode.js';
import { normalizeText } from './input/normalize.js';
import { refine } from './refine/index.js';
import { OkRecord, Record, type ErrorRecord } from './schema.js';
import { detectLanguage } from './text/language.js';
import { textArticle } from './text/body.js';

export type InputType = 'text' | 'html' | 'auto';

export interface PipelineOptions {
  type: InputType;
  langCheck: boolean;
  includeContent: boolean;
  /** `YYYY-MM-DD` for year-less dates when the article states no publication date. */
  referenceDate: string | null;
  maxBytes: number;
}

export const DEFAULT_OPTIONS: PipelineOptions = {
  type: 'auto',
  langCheck: true,
  includeContent: false,
  referenceDate: null,
  maxBytes: 20 * 1024 * 1024,
};

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.aspx', '.php']);
const HTML_SNIFF = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--)|<\/(?:p|div|body|html)>/i;

export function resolveType(source: string, head: string, type: InputType): 'text' | 'html' {
  if (type !== 'auto') return type;
  if (HTML_EXTENSIONS.has(extname(source).toLowerCase())) return 'html';
  return HTML_SNIFF.test(head.slice(0, 2048)) ? 'html' : 'text';
}

interface Article {
  content: string;
  bodyEnd: number;
  title: string | null;
  published: string | null;
}

function toArticle(kind: 'text' | 'html', decoded: string): Article {
  if (kind === 'text') {
    const content = normalizeText(decoded);
    return { content, ...textArticle(content) };
  }
  const page = htmlArticle(decoded);
  const content = normalizeText(page.text);
  const fromText = textArticle(content);
  return {
    content,
    bodyEnd: fromText.bodyEnd,
    title: page.title ? normalizeText(page.title) : fromText.title,
    published: page.published ?? fromText.published,
  };
}

export function errorRecord(source: string, error: unknown): ErrorRecord {
  if (error instanceof InputError) return { source, error: { code: error.code, message: error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { source, error: { code: 'internal', message } };
}

function validated(candidate: unknown, source: string): Record {
  const parsed = Record.safeParse(candidate);
  if (parsed.success) return parsed.data;
  return { source, error: { code: 'invalid_record', message: parsed.error.message } };
}

/** Runs one document through the whole pipeline. Never throws: failures become error records. */
export function processDocument(source: string, input: Uint8Array | string, options: PipelineOptions = DEFAULT_OPTIONS): Record {
  try {
    if (input.length > options.maxBytes) throw new InputError('too_large', `${input.length} bytes exceeds --max-bytes ${options.maxBytes}`);
    const isBytes = typeof input !== 'string';
    const head = isBytes ? Buffer.from(input.buffer, input.byteOffset, Math.min(input.length, 2048)).toString('latin1') : input.slice(0, 2048);
    const kind = resolveType(source, head, options.type);
    const decoded = isBytes ? decodeBytes(input, kind === 'html' ? declaredCharset(input) : undefined) : { text: input, warnings: [] as string[] };
    const article = toArticle(kind, decoded.text);
    const body = article.content.slice(0, article.bodyEnd);
    if (!body.trim()) throw new InputError('empty', kind === 'html' ? 'no article text found in the page' : 'no text (empty or whitespace only)');
    const language = detectLanguage(body);
    if (options.langCheck && !language.vietnamese) throw new InputError('not_vietnamese', `language detected as "${language.language}", not Vietnamese (use --no-lang-check to extract anyway)`);
    const warnings = [...decoded.warnings];
    if (language.unchecked) warnings.push('text too short to check its language');
    const context: ExtractContext = { reference: article.published?.slice(0, 10) ?? options.referenceDate };
    const items = refine(extractAll(body, context), context);
    const record: OkRecord = {
      source,
      title: article.title,
      published: article.published,
      language: language.language,
      province: null,
      ...items,
      warnings,
      ...(options.includeContent ? { content: article.content } : {}),
    };
    return validated(record, source);
  } catch (error) {
    return errorRecord(source, error);
  }
}
