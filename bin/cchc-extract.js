#!/usr/bin/env node
import { main } from '../dist/cli.js';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cchc-extract: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 70;
  },
);
