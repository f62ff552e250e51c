// Command line: flags → options, records → the chosen format, summary line, exit codes.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { UsageError } from './errors.js';
import { DEFAULT_EXTENSIONS } from './input/walk.js';
import { openAtomic, type AtomicFile } from './output/atomic.js';
import { csvFormat } from './output/csv.js';
import { FORMATS, type FormatName, type RecordFormat } from './output/format.js';
import { jsonFormat } from './output/json.js';
import { ndjsonFormat } from './output/ndjson.js';
import { DEFAULT_OPTIONS, type InputType } from './pipeline.js';
import { countRecord, emptySummary, formatSummary, processInputs, type RunOptions } from './run.js';
import { jsonSchema } from './schema.js';

export const EXIT_OK = 0;
export const EXIT_DOCUMENT_ERRORS = 1;
export const EXIT_USAGE = 2;

interface CliFlags {
  format: FormatName;
  output?: string;
  bom: boolean;
  type: InputType;
  ext: string[];
  langCheck: boolean;
  includeContent: boolean;
  referenceDate?: string;
  maxBytes: number;
  quiet: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected YYYY-MM-DD');
  return value;
}

function extensions(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`));
}

function buildProgram(): Command {
  return new Command()
    .name('cchc-extract')
    .description('Extract dates, periods, officials, percentages, counts, documents and rankings from Vietnamese CCHC reports.\n`cchc-extract schema` prints the JSON Schema of a record.')
    .argument('[inputs...]', 'files, folders, glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --output <file>', 'write to FILE atomically (temporary file, then rename) instead of standard output')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)', false)
    .addOption(new Option('--type <type>', 'input type').choices(['text', 'html', 'auto']).default('auto'))
    .option('--ext <list>', 'extensions to take from folders, comma-separated', extensions, DEFAULT_EXTENSIONS)
    .option('--no-lang-check', 'do not reject documents that are not Vietnamese')
    .option('--include-content', 'add the normalised text every span points into', false)
    .option('--reference-date <YYYY-MM-DD>', 'year source for year-less dates when an article states no publication date', isoDate)
    .option('--max-bytes <n>', 'documents larger than this give a too_large error record', positiveInt, DEFAULT_OPTIONS.maxBytes)
    .option('-q, --quiet', 'no summary line on standard error', false)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

function pickFormat(flags: CliFlags): RecordFormat {
  if (flags.format === 'csv') return csvFormat({ bom: flags.bom });
  return flags.format === 'ndjson' ? ndjsonFormat : jsonFormat;
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (chunk && !out.write(chunk)) await once(out, 'drain');
}

async function extractCommand(inputs: string[], flags: CliFlags): Promise<number> {
  if (inputs.length === 0) throw new UsageError('no input: give files, folders, glob patterns, or - for standard input');
  const options: RunOptions = {
    type: flags.type,
    langCheck: flags.langCheck,
    includeContent: flags.includeContent,
    referenceDate: flags.referenceDate ?? null,
    maxBytes: flags.maxBytes,
    extensions: flags.ext,
  };
  const format = pickFormat(flags);
  const started = performance.now();
  const summary = emptySummary();
  let file: AtomicFile | undefined;
  const abort = () => {
    file?.abort();
    process.exit(130);
  };
  if (flags.output) {
    file = openAtomic(flags.output);
    process.once('SIGINT', abort).once('SIGTERM', abort);
  }
  const out: Writable = file?.stream ?? process.stdout;
  try {
    await write(out, format.header());
    for await (const record of processInputs(inputs, options)) {
      await write(out, format.record(record, summary.documents));
      countRecord(summary, record);
    }
    await write(out, format.footer(summary.documents));
    await file?.commit();
  } catch (error) {
    file?.abort();
    throw error;
  } finally {
    process.off('SIGINT', abort).off('SIGTERM', abort);
  }
  summary.seconds = (performance.now() - started) / 1000;
  if (!flags.quiet) process.stderr.write(formatSummary(summary) + '\n');
  return summary.errors > 0 ? EXIT_DOCUMENT_ERRORS : EXIT_OK;
}

/** Runs the CLI and resolves to its exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  const program = buildProgram();
  if (argv[0] === 'schema' && argv.length === 1) {
    process.stdout.write(JSON.stringify(jsonSchema(), null, 2) + '\n');
    return EXIT_OK;
  }
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  try {
    return await extractCommand(program.processedArgs[0] as string[], program.opts<CliFlags>());
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`cchc-extract: ${error.message}\n\n`);
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    throw error;
  }
}
