import { UsageError } from '../cli-io';

/**
 * No invoice of the tenant has the argument as its id or its number (with `--as-of`: had, by
 * an event recorded by then), or the one that does has no event that decodes (recorded by
 * `--as-of`): exit code 1.
 */
export class InvoiceNotFound extends Error {
  private constructor(message: string) {
    super(message);
    this.name = 'InvoiceNotFound';
  }

  static matching(tenant: string, invoice: string, asOf: string | null): InvoiceNotFound {
    return new InvoiceNotFound(
      asOf === null
        ? `No invoice of ${tenant} has "${invoice}" as its id or as its invoice number`
        : `No invoice of ${tenant} had "${invoice}" as its id or as its invoice number by ${asOf}`,
    );
  }

  static withoutEvents(streamId: string, asOf: string | null): InvoiceNotFound {
    const by = asOf === null ? '' : ` recorded by ${asOf}`;
    return new InvoiceNotFound(`No readable events for ${streamId}${by}`);
  }
}

/**
 * Several invoices of the tenant carry the number (by `--as-of`): the analyst names one by
 * its id (exit 2).
 */
export class AmbiguousInvoiceNumber extends UsageError {
  constructor(
    readonly tenant: string,
    readonly number: string,
    readonly invoiceIds: readonly string[],
    readonly asOf: string | null,
  ) {
    super(
      `${invoiceIds.length} invoices of ${tenant} ` +
        (asOf === null ? 'have' : `had, by ${asOf},`) +
        ` number "${number}": ${invoiceIds.join(', ')}; name one by its id`,
    );
    this.name = 'AmbiguousInvoiceNumber';
  }
}
