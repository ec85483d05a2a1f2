import { RecordedEvent } from '@debiteur/eventstore';
import { streamKindOf } from '../analyst/service-streams';
import { JsonlLineInvalid } from '../jsonl/jsonl-events';
import { StreamChecker } from '../verify/stream-check';

/** What an import does with an event of the file. */
export type ImportRole = 'imported' | 'service-skipped' | 'foreign';

/**
 * Invoice, debtor and tenant streams are imported; the service's own (`apikey:`, …) only
 * with `--service-streams`; any other stream (`Invoice:…`, written by something else) never:
 * no command reads it, and `debiteur verify` names it.
 */
export const importRole = (streamId: string, serviceStreams: boolean): ImportRole => {
  const kind = streamKindOf(streamId);
  if (kind === 'domain') return 'imported';
  if (kind === 'service') return serviceStreams ? 'imported' : 'service-skipped';
  return 'foreign';
};

/**
 * Checks the events of an import file in file order with verify's StreamChecker, so an
 * import takes what `debiteur verify` passes and nothing else (ADR 0012): each event of a
 * stream it imports decodes, belongs to its stream's category, follows the stream's
 * previous version in the file without a gap (the first is version 1), folds, and holds no
 * U+0000 in its text; a service stream's versions and text are checked. Events of streams
 * the import leaves out are counted, not checked.
 */
export class ImportCheck {
  private readonly checker = new StreamChecker();
  serviceSkipped = 0;
  foreign = 0;

  constructor(
    private readonly file: string,
    private readonly serviceStreams: boolean,
  ) {}

  /**
   * The event's role, and each of its problems as JsonlLineInvalid naming file, line,
   * stream and version (none for an event the import leaves out).
   */
  check(event: RecordedEvent, line: number): { role: ImportRole; problems: JsonlLineInvalid[] } {
    const role = importRole(event.streamId, this.serviceStreams);
    if (role === 'service-skipped') this.serviceSkipped += 1;
    if (role === 'foreign') this.foreign += 1;
    if (role !== 'imported') return { role, problems: [] };
    const problems = this.checker
      .check(event)
      .map(
        ({ problem, detail }) =>
          new JsonlLineInvalid(this.file, line, `${problem}: ${detail}`, event),
      );
    return { role, problems };
  }
}
