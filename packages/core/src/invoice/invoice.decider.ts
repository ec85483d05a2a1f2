import { InvoiceCommand } from './invoice.commands';
import { decide } from './invoice.decide';
import { evolve, initialState } from './invoice.evolve';
import { InvoiceEvent } from './invoice.events';
import { Decision } from './invoice.guards';
import { isTerminal } from './invoice.queries';
import { InvoiceState } from './invoice.state';

/** An invoice stream as a decider: what the command-handling shell loads, decides and appends with. */
export interface InvoiceDecider {
  readonly initialState: InvoiceState;
  readonly evolve: (state: InvoiceState, event: InvoiceEvent) => InvoiceState;
  readonly decide: (command: InvoiceCommand, state: InvoiceState) => Decision;
  readonly isTerminal: (state: InvoiceState) => boolean;
}

export const invoiceDecider: InvoiceDecider = { initialState, evolve, decide, isTerminal };
