'use strict';
/**
 * The reading thread of `readAheadPages` (read-ahead.ts; docs/adr/0018). Plain JavaScript,
 * so that it loads without the TypeScript hook of the thread that starts it.
 *
 * It opens the database read-only, runs the page query of the bulk read, and posts each page
 * as one flat array of column values (one array clones far faster than an array per row).
 * It reads only as far ahead as the consumer allows: every message it receives is a number
 * of further pages it may post. A failure is posted as `{ error }`; the last page carries
 * `last: true`.
 */
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');

const { path, sql, params, limit } = workerData;
const db = new Database(path, { readonly: true, fileMustExist: true });
const statement = db.prepare(sql).raw(true);
let after = workerData.after;
let allowed = 0;
let finished = false;

const readPage = () => {
  const rows = statement.all({ ...params, after, limit });
  const values = [];
  for (const row of rows) for (const value of row) values.push(value);
  const last = rows.length < limit;
  if (!last) after = BigInt(rows[rows.length - 1][0]);
  return { values, last };
};

parentPort.on('message', (pages) => {
  allowed += pages;
  while (allowed > 0 && !finished) {
    allowed -= 1;
    try {
      const page = readPage();
      finished = page.last;
      parentPort.postMessage(page);
    } catch (error) {
      finished = true;
      parentPort.postMessage({
        error: { message: String(error && error.message), code: error && error.code },
      });
    }
  }
  if (finished) {
    db.close();
    parentPort.close();
  }
});
