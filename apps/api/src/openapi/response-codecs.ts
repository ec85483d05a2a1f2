import {
  CalendarDate,
  CompanySizeCodec,
  DebtorId,
  DebtorKind,
  InvoiceId,
  LadderLevel,
  Money,
  TenantId,
} from '@debiteur/core';
import * as t from 'io-ts';

/**
 * Codecs of the answers the Dutch collection rules added, for the OpenAPI document only:
 * the server builds these answers, it does not decode them. Older answers stay `object`.
 */

/** What is still owed, as art. 6:44 BW settles payments: costs, interest, principal. */
export const BalanceView = t.type(
  { costs: Money, interest: Money, principal: Money, total: Money },
  'BalanceView',
);

/** `GET /invoices/{id}`: the folded invoice; the fields below are the ones clients rely on. */
export const InvoiceResponse = t.intersection(
  [
    t.type({
      invoiceId: InvoiceId,
      debtorId: DebtorId,
      status: t.keyof({ open: null, settled: null, 'handed-over': null, 'written-off': null }),
      outstanding: Money,
      dueDate: CalendarDate,
      balance: BalanceView,
      version: t.number,
    }),
    t.partial({ prescriptionDate: CalendarDate }),
  ],
  'InvoiceResponse',
);

/** A payment-term warning (art. 6:119a lid 5 and 6 BW); `_tag` says which. */
export const TermWarningView = t.intersection(
  [
    t.type({
      _tag: t.keyof({
        TermOverSixtyDays: null,
        LargeDebtorTermOverLimit: null,
        CompanySizesUnknown: null,
      }),
      termDays: t.number,
    }),
    t.partial({ limitDays: t.number }),
  ],
  'TermWarningView',
);

/** The answer to issuing an invoice or adjusting its terms: the write plus the warnings. */
export const TermsWriteResponse = t.type(
  {
    invoiceId: InvoiceId,
    version: t.number,
    recorded: t.array(t.string),
    warnings: t.array(TermWarningView),
  },
  'TermsWriteResponse',
);

const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/** `GET /debtors/{id}`: the debtor folded from its stream; null where nothing was said. */
export const DebtorResponse = t.type(
  {
    debtorId: DebtorId,
    name: t.string,
    kind: DebtorKind,
    contactPerson: nullable(t.string),
    email: nullable(t.string),
    phone: nullable(t.string),
    companySize: nullable(CompanySizeCodec),
    paymentTermDays: nullable(t.number),
    reminderOffsetDays: nullable(t.number),
    status: t.literal('registered'),
    version: t.number,
  },
  'DebtorResponse',
);

/**
 * The answer to `PUT /debtors/{id}`: the debtor, the events recorded, and `warnings` on its
 * agreed term when the body gave `paymentTermDays` or `companySize`.
 */
export const DebtorWriteResponse = t.intersection(
  [
    DebtorResponse,
    t.type({ recorded: t.array(t.string) }),
    t.partial({ warnings: t.array(TermWarningView) }),
  ],
  'DebtorWriteResponse',
);

/** `GET /policy`: the reminder policy in force; null where a setting is not set. */
export const PolicyResponse = t.type(
  {
    defaultPaymentTermDays: t.number,
    adaptive: t.boolean,
    promiseGraceDays: t.number,
    ladder: t.array(LadderLevel),
    collectionCostsVatPercent: nullable(t.number),
    companySize: nullable(CompanySizeCodec),
    isDefault: t.boolean,
    version: t.number,
  },
  'PolicyResponse',
);

/** The answer to `PUT /policy`: the policy in force and the events recorded. */
export const PolicyWriteResponse = t.intersection(
  [PolicyResponse, t.type({ recorded: t.array(t.string) })],
  'PolicyWriteResponse',
);

/** `GET /reports/prescription`. */
export const PrescriptionReportResponse = t.type(
  {
    tenantId: TenantId,
    asOf: CalendarDate,
    withinDays: t.number,
    cases: t.array(
      t.type({
        invoiceId: InvoiceId,
        number: t.string,
        debtorId: DebtorId,
        dueDate: CalendarDate,
        outstanding: Money,
        status: t.keyof({ open: null, 'handed-over': null }),
        lastInterruption: t.union([CalendarDate, t.null]),
        prescriptionDate: CalendarDate,
        daysLeft: t.number,
      }),
    ),
  },
  'PrescriptionReportResponse',
);
