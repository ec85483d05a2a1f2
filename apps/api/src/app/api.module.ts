import { ApiKeys } from '@debiteur/application';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ApiKeyCache } from '../access/api-key-cache';
import { GetBehaviourController } from '../debtors/get-behaviour/get-behaviour.controller';
import { GetCallSheetController } from '../debtors/get-call-sheet/get-call-sheet.controller';
import { GetDebtorController } from '../debtors/get-debtor/get-debtor.controller';
import { SaveDebtorController } from '../debtors/save-debtor/save-debtor.controller';
import { SaveDebtorHandler } from '../debtors/save-debtor/save-debtor.handler';
import { HealthController } from '../health/health.controller';
import { ApiExceptionFilter } from '../http/api-exception.filter';
import { ApiKeyGuard } from '../http/api-key.guard';
import { WriteGateway } from '../http/write-gateway';
import { AdjustTermsController } from '../invoices/adjust-terms/adjust-terms.controller';
import { AdjustTermsHandler } from '../invoices/adjust-terms/adjust-terms.handler';
import { AgreeArrangementController } from '../invoices/agree-arrangement/agree-arrangement.controller';
import { AgreeArrangementHandler } from '../invoices/agree-arrangement/agree-arrangement.handler';
import { ApplyCreditNoteController } from '../invoices/apply-credit-note/apply-credit-note.controller';
import { ApplyCreditNoteHandler } from '../invoices/apply-credit-note/apply-credit-note.handler';
import { GetHistoryController } from '../invoices/get-history/get-history.controller';
import { GetInvoiceController } from '../invoices/get-invoice/get-invoice.controller';
import { HandOverController } from '../invoices/hand-over/hand-over.controller';
import { HandOverHandler } from '../invoices/hand-over/hand-over.handler';
import { IssueInvoiceController } from '../invoices/issue-invoice/issue-invoice.controller';
import { IssueInvoiceHandler } from '../invoices/issue-invoice/issue-invoice.handler';
import { LogContactController } from '../invoices/log-contact/log-contact.controller';
import { LogContactHandler } from '../invoices/log-contact/log-contact.handler';
import { PromisePaymentController } from '../invoices/promise-payment/promise-payment.controller';
import { PromisePaymentHandler } from '../invoices/promise-payment/promise-payment.handler';
import { PutOnHoldController } from '../invoices/put-on-hold/put-on-hold.controller';
import { PutOnHoldHandler } from '../invoices/put-on-hold/put-on-hold.handler';
import { RecordPaymentController } from '../invoices/record-payment/record-payment.controller';
import { RecordPaymentHandler } from '../invoices/record-payment/record-payment.handler';
import { ReleaseHoldController } from '../invoices/release-hold/release-hold.controller';
import { ReleaseHoldHandler } from '../invoices/release-hold/release-hold.handler';
import { ResendInvoiceController } from '../invoices/resend-invoice/resend-invoice.controller';
import { ResendInvoiceHandler } from '../invoices/resend-invoice/resend-invoice.handler';
import { WriteOffController } from '../invoices/write-off/write-off.controller';
import { WriteOffHandler } from '../invoices/write-off/write-off.handler';
import { SendReminderController } from '../invoices/send-reminder/send-reminder.controller';
import { SendReminderHandler } from '../invoices/send-reminder/send-reminder.handler';
import { GetPolicyController } from '../policy/get-policy/get-policy.controller';
import { SetPolicyController } from '../policy/set-policy/set-policy.controller';
import { SetPolicyHandler } from '../policy/set-policy/set-policy.handler';
import { ReportQuery } from '../read-models/report-query';
import { ReportsReadModel } from '../read-models/reports-read-model';
import { GetAgingController } from '../reports/get-aging/get-aging.controller';
import { GetDsoController } from '../reports/get-dso/get-dso.controller';
import { GetPrescriptionController } from '../reports/get-prescription/get-prescription.controller';
import { TestClockController } from '../test-clock/test-clock.controller';
import { API_OPTIONS, ResolvedApiOptions } from './api-options';

const commandHandlers = [
  IssueInvoiceHandler,
  AdjustTermsHandler,
  PutOnHoldHandler,
  ReleaseHoldHandler,
  PromisePaymentHandler,
  RecordPaymentHandler,
  ApplyCreditNoteHandler,
  ResendInvoiceHandler,
  LogContactHandler,
  SendReminderHandler,
  AgreeArrangementHandler,
  HandOverHandler,
  WriteOffHandler,
  SaveDebtorHandler,
  SetPolicyHandler,
];

const controllers = [
  HealthController,
  TestClockController,
  GetPolicyController,
  SetPolicyController,
  SaveDebtorController,
  GetDebtorController,
  GetBehaviourController,
  GetCallSheetController,
  IssueInvoiceController,
  GetInvoiceController,
  GetHistoryController,
  AdjustTermsController,
  PutOnHoldController,
  ReleaseHoldController,
  PromisePaymentController,
  RecordPaymentController,
  ApplyCreditNoteController,
  ResendInvoiceController,
  LogContactController,
  SendReminderController,
  AgreeArrangementController,
  HandOverController,
  WriteOffController,
  GetAgingController,
  GetDsoController,
  GetPrescriptionController,
];

/** The whole API as one module, built from the options the caller hands in. */
@Module({})
export class ApiModule {
  static forOptions(options: ResolvedApiOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [CqrsModule.forRoot()],
      controllers,
      providers: [
        { provide: API_OPTIONS, useValue: options },
        {
          provide: ApiKeyCache,
          useFactory: () => new ApiKeyCache(new ApiKeys(options.stores.events)),
        },
        ReportsReadModel,
        ReportQuery,
        WriteGateway,
        ...commandHandlers,
        {
          provide: APP_GUARD,
          useFactory: (reflector: Reflector, keys: ApiKeyCache) => new ApiKeyGuard(reflector, keys),
          inject: [Reflector, ApiKeyCache],
        },
        { provide: APP_FILTER, useFactory: () => new ApiExceptionFilter(options) },
      ],
    };
  }
}
