// One document: decode → normalise → body → extract → refine → validate. The HTML branch
// (cheerio, linkedom, Readability: a third of the start-up cost) is loaded only for the first
// page: by processDocumentAsync, or up front by loadHtmlSupport(); pipeline.ts loads it eagerly
// for the synchronous library API.
import { extname } from 'node:path';
import { InputError } from './errors.js';
import { extractAll } from './extract/index.js';
import { extractProvince } from './extract/province.js';
import type { ExtractContext } from './extract/context.js';
import { decodeBytes } from './input/decode.js';
import { repairLegacyText } from './input/legacy-vn.js';
import { normalizeText } from './input/normalize.js';
import { refine } from './refine/index.js';
import { OkRecord, Record, type ErrorRecord } from './schema.js';
import { detectLanguage } from './text/language.js';
import { findBodyEnd, textArticle } from './text/body.js';

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

/** What the HTML branch needs: a page's declared charset and its article. */
export interface HtmlSupport {
  pageCharset: typeof import('./html/charset.js').pageCharset;
  htmlArticle: typeof import('./html/page.js').htmlArticle;
}

// Set once per process; holds modules only, nothing of any document.
let htmlSupport: HtmlSupport | null = null;

/** Installs the HTML branch already imported (pipeline.ts does, statically). */
export function installHtmlSupport(support: HtmlSupport): void {
  htmlSupport ??= support;
}

/** Imports the HTML branch once; later calls return at once. */
export async function loadHtmlSupport(): Promise<void> {
  if (htmlSupport) return;
  const [{ pageCharset }, { htmlArticle }] = await Promise.all([import('./html/charset.js'), import('./html/page.js')]);
  installHtmlSupport({ pageCharset, htmlArticle });
}

function html(): HtmlSupport {
  if (!htmlSupport) throw new Error('HTML support is not loaded: await loadHtmlSupport() first, or use processDocumentAsync');
  return htmlSupport;
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
  // The page's article alone: the body extractor has already left out menus, related news
  // and footers; the text markers are a safety net. `content` is what was kept.
  const page = html().htmlArticle(decoded);
  const extracted = normalizeText(page.text);
  const content = extracted.slice(0, findBodyEnd(extracted)).trimEnd();
  return {
    content,
    bodyEnd: content.length,
    title: page.title ? normalizeText(page.title) : null,
    published: page.published ?? textArticle(content).published,
  };
}

/**
 * Bytes to text. A page's BOM or declared charset (<meta charset>, http-equiv) is passed on;
 * without one, decodeBytes tries UTF-8, then the Vietnamese code pages by fit, then chardet.
 */
function decodeInput(input: Uint8Array, kind: 'text' | 'html'): { text: string; warnings: string[] } {
  if (kind === 'text') return decodeBytes(input);
  const { charset, source } = html().pageCharset(input);
  return decodeBytes(input, source === 'declared' ? charset : undefined);
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

function inputKind(source: string, input: Uint8Array | string, type: InputType): 'text' | 'html' {
  if (type !== 'auto') return type;
  const head = typeof input !== 'string' ? Buffer.from(input.buffer, input.byteOffset, Math.min(input.length, 2048)).toString('latin1') : input.slice(0, 2048);
  return resolveType(source, head, type);
}

/**
 * Runs one document through the whole pipeline. Never throws: failures become error records.
 * An HTML document needs the HTML branch loaded (see loadHtmlSupport).
 */
export function processDocument(source: string, input: Uint8Array | string, options: PipelineOptions = DEFAULT_OPTIONS): Record {
  return processKind(source, input, options, null);
}

/** The same, loading the HTML branch first when this document is the first page. Never rejects. */
export async function processDocumentAsync(source: string, input: Uint8Array | string, options: PipelineOptions = DEFAULT_OPTIONS): Promise<Record> {
  if (htmlSupport || input.length > options.maxBytes) return processKind(source, input, options, null);
  const kind = inputKind(source, input, options.type);
  if (kind === 'html') {
    try {
      await loadHtmlSupport();
    } catch (error) {
      return errorRecord(source, error);
    }
  }
  return processKind(source, input, options, kind);
}

function processKind(source: string, input: Uint8Array | string, options: PipelineOptions, known: 'text' | 'html' | null): Record {
  try {
    if (input.length > options.maxBytes) throw new InputError('too_large', `${input.length} bytes exceeds --max-bytes ${options.maxBytes}`);
    const isBytes = typeof input !== 'string';
    const kind = known ?? inputKind(source, input, options.type);
    // A string is already decoded, but may still be a legacy font's Latin-1 gibberish.
    const decoded = isBytes ? decodeInput(input, kind) : repairLegacyText(input);
    const article = toArticle(kind, decoded.text);
    const body = article.content.slice(0, article.bodyEnd);
    if (!body.trim()) throw new InputError('empty', kind === 'html' ? 'no article text found in the page' : 'no text (empty or whitespace only)');
    const language = detectLanguage(body);
    if (options.langCheck && !language.vietnamese) throw new InputError('not_vietnamese', `language detected as "${language.language}", not Vietnamese (use --no-lang-check to extract anyway)`);
    const warnings = [...decoded.warnings];
    if (language.unchecked) warnings.push('text too short to check its language');
    const context: ExtractContext = { reference: article.published?.slice(0, 10) ?? options.referenceDate };
    const items = refine(extractAll(body, context), context, body);
    const record: OkRecord = {
      source,
      title: article.title,
      published: article.published,
      language: language.language,
      province: extractProvince(body, article.title),
      ...items,
      warnings,
      ...(options.includeContent ? { content: article.content } : {}),
    };
    return validated(record, source);
  } catch (error) {
    return errorRecord(source, error);
  }
}
