// Command line: flags → options, records → the chosen format, summary line, exit codes.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './errors.js';
import { DEFAULT_EXTENSIONS } from './input/walk.js';
import { FORMATS, type FormatName, type FormatSpec } from './output/format.js';
import { formatFor } from './output/index.js';
import { appendSink, atomicSink, stdoutSink, type Sink } from './output/sink.js';
import type { InputType } from './pipeline.js';
import { countEncoded, defaultJobs, emptySummary, encodeInputs, formatSummary, type RunOptions, type RunSummary } from './run.js';
import { Progress } from './run/progress.js';
import { openJournal, type Journal } from './run/resume.js';
import { parseShard, type Shard } from './run/shard.js';
import { jsonSchema } from './schema.js';

export const EXIT_OK = 0;
export const EXIT_DOCUMENT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** pipeline.ts's DEFAULT_OPTIONS.maxBytes (a test checks they agree), not imported: with workers, this thread never loads the pipeline. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

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
  jobs: number;
  progress?: boolean;
  shard?: Shard;
  resume: boolean;
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

function shard(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
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
    .option('--max-bytes <n>', 'documents larger than this give a too_large error record', positiveInt, DEFAULT_MAX_BYTES)
    .option('-j, --jobs <n>', 'worker threads; 1 processes in the main thread', positiveInt, defaultJobs())
    .option('--shard <K/N>', 'process only shard K of N (inputs split by a stable hash of their path), for N machines or CI jobs', shard)
    .option('--resume', 'with --format ndjson -o FILE: skip the sources already in FILE and append the rest as they finish (FILE is not written atomically then)', false)
    .option('--progress', 'show progress on standard error (default: when it is a terminal)')
    .option('--no-progress', 'never show progress')
    .option('-q, --quiet', 'no summary line on standard error', false)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
}

function checkFlags(inputs: string[], flags: CliFlags): void {
  if (inputs.length === 0) throw new UsageError('no input: give files, folders, glob patterns, or - for standard input');
  if (flags.resume && !flags.output) throw new UsageError('--resume needs -o FILE: the output file is what it resumes');
  if (flags.resume && flags.format !== 'ndjson') throw new UsageError('--resume works with --format ndjson only (a JSON array or CSV cannot be appended to record by record)');
}

/** Where records go: stdout, an atomic -o file, or (--resume) the -o file appended to in place. */
async function openSink(flags: CliFlags): Promise<{ sink: Sink; journal?: Journal }> {
  const output = flags.output;
  if (!output) return { sink: stdoutSink() };
  try {
    if (!flags.resume) return { sink: await atomicSink(output) };
    const journal = await openJournal(output);
    return { sink: await appendSink(output), journal };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${output}: ${(error as Error).message}`);
  }
}

async function extractCommand(inputs: string[], flags: CliFlags): Promise<number> {
  checkFlags(inputs, flags);
  const { sink, journal } = await openSink(flags);
  const options: RunOptions = {
    type: flags.type,
    langCheck: flags.langCheck,
    includeContent: flags.includeContent,
    referenceDate: flags.referenceDate ?? null,
    maxBytes: flags.maxBytes,
    extensions: flags.ext,
    jobs: flags.jobs,
    shard: flags.shard,
    skip: journal?.done,
  };
  const spec: FormatSpec = { name: flags.format, bom: flags.bom };
  const format = formatFor(spec);
  const started = performance.now();
  const summary: RunSummary = emptySummary();
  const showProgress = flags.progress ?? (process.stderr.isTTY === true && !flags.quiet);
  const progress = showProgress ? new Progress(process.stderr, summary) : undefined;
  const abort = () => {
    progress?.stop();
    sink.abort();
    process.exit(130);
  };
  // Also on stdout: the handler runs between writes, so the lines already written are whole.
  process.once('SIGINT', abort).once('SIGTERM', abort);
  const hooks = {
    walked: (total: number) => progress?.setTotal(total),
    skipped: (source: string) => {
      summary.skipped++;
      // A resumed run reports the errors of the whole output, as one uninterrupted run would.
      if (journal?.failed.has(source)) summary.errors++;
    },
  };
  try {
    await sink.write(format.header());
    let index = 0;
    for await (const encoded of encodeInputs(inputs, options, spec, hooks)) {
      if (index++ > 0 && format.separator) await sink.write(format.separator);
      await sink.write(encoded.chunk);
      countEncoded(summary, encoded);
    }
    await sink.write(format.footer(index));
    await sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    progress?.stop();
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
