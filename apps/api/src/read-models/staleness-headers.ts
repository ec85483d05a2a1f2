import type { Response } from 'express';
import { ReportsReadModel } from './reports-read-model';

/**
 * States how stale a read-model answer is:
 * - `Debiteur-Read-Model-Checkpoint`: the store position the answer includes (`none` before any);
 * - `Debiteur-Read-Model-Pending`: domain events recorded after it, counted up to 100 (`100+`);
 * - `Debiteur-Staleness`: both in one line, with the age of the last catch-up in ms.
 */
export const setStalenessHeaders = async (
  response: Response,
  readModel: ReportsReadModel,
): Promise<void> => {
  const staleness = await readModel.staleness();
  const pending = `${staleness.pending}${staleness.pendingCapped ? '+' : ''}`;
  response.setHeader('Debiteur-Read-Model', 'reports');
  response.setHeader('Debiteur-Read-Model-Checkpoint', staleness.checkpoint ?? 'none');
  response.setHeader('Debiteur-Read-Model-Pending', pending);
  response.setHeader(
    'Debiteur-Staleness',
    `pending=${pending}; age-ms=${staleness.ageMs ?? 'unknown'}`,
  );
};
