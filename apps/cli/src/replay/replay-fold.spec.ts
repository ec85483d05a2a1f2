import { RecordedEvent } from '@debiteur/eventstore';
import { recordedEvent } from '../testing/recorded-event';
import { replayFold } from './replay-fold';

async function* pagesOf(...pages: RecordedEvent[][]): AsyncGenerator<RecordedEvent[]> {
  yield* pages;
}

const foldAll = (events: RecordedEvent[]) =>
  replayFold(pagesOf(events), { reports: true, asOf: null, trusted: true });

describe('replayFold', () => {
  it("leaves the service's own streams alone: not folded, and not undecodable", async () => {
    const apiKey = recordedEvent(2, {
      streamId: 'apikey:a4415ca8029f17e1',
      type: 'ApiKeyCreated',
      data: { digest: 'd' },
    });

    const result = await foldAll([recordedEvent(1), apiKey]);

    expect(result).toMatchObject({ read: 2, folded: 1, undecodable: 0, serviceEvents: 1 });
  });

  it('counts a stream neither the domain nor the service made apart from the service', async () => {
    const misnamed = recordedEvent(2, { streamId: 'invoices:acme:F-1' });

    const result = await foldAll([recordedEvent(1), misnamed]);

    expect(result).toMatchObject({ folded: 1, serviceEvents: 0, foreignEvents: 1 });
  });

  it('counts an event of a domain stream that does not decode as undecodable', async () => {
    const unknown = recordedEvent(2, { type: 'NoSuchEvent' });

    const result = await foldAll([recordedEvent(1), unknown]);

    expect(result).toMatchObject({ read: 2, folded: 1, undecodable: 1, foreignEvents: 0 });
  });
});
