#!/usr/bin/env node
'use strict';
// Runs the CLI's sources as one bundle, rebuilt by esbuild when a source has changed
// (docs/adr/0023); stack traces point into the TypeScript sources through its source map.
const { join } = require('node:path');
const { bundled } = require('./cli-bundle');

process.setSourceMapsEnabled(true);
bundled(join(__dirname, '..', 'src', 'main.ts'), 'debiteur').then(
  (bundle) => require(bundle),
  (error) => {
    process.stderr.write(`debiteur: cannot build the command from its sources: ${error.message}\n`);
    process.exitCode = 1;
  },
);
