#!/usr/bin/env node
'use strict';
// The workspace runs its TypeScript sources directly (docs/adr/0006, 0009): tsx compiles
// them on load, with the paths of tsconfig.tsx.json resolving the @debiteur/* packages.
const { join } = require('node:path');

process.env.TSX_TSCONFIG_PATH ??= join(__dirname, '..', '..', '..', 'tsconfig.tsx.json');
require('tsx/cjs');
// Dynamic import() (commands and store adapters load on demand) goes through the ESM loader.
// (tsx's own CommonJS register() resolves its loader from the wrong folder in 4.23.)
require('node:module').register('tsx/esm', {
  parentURL: require('node:url').pathToFileURL(__filename),
  data: { tsconfig: process.env.TSX_TSCONFIG_PATH },
});
require('../src/main.ts');
