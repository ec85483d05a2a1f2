import { collect } from '@debiteur/eventstore/testing';
import { openSqliteEventStore } from '../sqlite-event-store';
import { useTempFolder } from '../testing/use-temp-folder';
import { spawnScript, watchChild } from './child-script';

const PROCESSES = 3;
const STREAMS = 40;
const TIMEOUT_MS = 60_000;

describe('SqliteEventStore shared by several processes', () => {
  const folder = useTempFolder('sqlite', { per: 'test' });

  it(
    'opens one new file from all of them and gives each racing create to exactly one',
    async () => {
      const path = folder.path();
      let ready = 0;
      const writers = Array.from({ length: PROCESSES }, (_, n) =>
        spawnScript('race-writer.script.ts', [path, String(STREAMS), `writer-${n}`]),
      );
      const outcomes = await Promise.all(
        writers.map((writer) =>
          watchChild(writer, (line) => {
            if (line !== 'ready') return;
            ready += 1;
            if (ready === PROCESSES) for (const each of writers) each.stdin?.write('go\n');
          }),
        ),
      );

      for (const outcome of outcomes)
        expect({ code: outcome.code, stderr: outcome.stderr }).toEqual({ code: 0, stderr: '' });
      const results = outcomes.flatMap((outcome) => outcome.lines.filter((l) => l !== 'ready'));
      for (let i = 0; i < STREAMS; i += 1) {
        expect(results.filter((r) => r === `won ${i}`)).toHaveLength(1);
        expect(results.filter((r) => r === `lost ${i} 1`)).toHaveLength(PROCESSES - 1);
      }
      const store = openSqliteEventStore({ path });
      try {
        const all = await collect(store.readAll());
        expect(all.map((e) => e.streamId).sort()).toEqual(
          Array.from({ length: STREAMS }, (_, i) => `invoice:tenant-race:${i}`).sort(),
        );
      } finally {
        await store.close();
      }
    },
    TIMEOUT_MS,
  );
});
