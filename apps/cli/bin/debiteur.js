#!/usr/bin/env node
'use strict';
// The workspace runs its TypeScript sources directly (docs/adr/0006, 0009): tsx compiles
// them on load, with the paths of tsconfig.tsx.json resolving the @debiteur/* packages.
// Only through require: commands and store adapters load on demand with require, not
// import(), so no ES-module loader thread is started (docs/adr/0017).
const { join } = require('node:path');

process.env.TSX_TSCONFIG_PATH ??= join(__dirname, '..', '..', '..', 'tsconfig.tsx.json');
require('tsx/cjs');
require('../src/main.ts');
