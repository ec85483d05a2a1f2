import { runTenantCommand } from '@debiteur/application';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { API_OPTIONS, ResolvedApiOptions } from '../../app/api-options';
import { WriteOutcome } from '../../commands/write-outcome';
import { policyOutcome } from '../../commands/write-results';
import { loadPolicy } from '../../streams/stream-readers';
import { SetPolicyCommand } from './set-policy.command';

@CommandHandler(SetPolicyCommand)
export class SetPolicyHandler implements ICommandHandler<SetPolicyCommand, WriteOutcome> {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  async execute({ meta, body }: SetPolicyCommand): Promise<WriteOutcome> {
    const { events } = this.options.stores;
    const current = (await loadPolicy(events, meta.context.tenantId)).state.policy;
    const promiseGraceDays = body.promiseGraceDays ?? current.promiseGraceDays;
    const vat =
      body.collectionCostsVatPercent === undefined
        ? current.collectionCostsVatPercent
        : (body.collectionCostsVatPercent ?? undefined);
    const companySize =
      body.companySize === undefined ? current.companySize : (body.companySize ?? undefined);
    const result = await runTenantCommand(
      events,
      meta.context,
      {
        type: 'SetPolicy',
        now: this.options.clock.now(),
        policy: {
          defaultPaymentTermDays: body.defaultPaymentTermDays,
          adaptive: body.adaptive,
          promiseGraceDays,
          ladder: body.ladder,
          ...(vat === undefined ? {} : { collectionCostsVatPercent: vat }),
          ...(companySize === undefined ? {} : { companySize }),
        },
      },
      meta.run,
    );
    return policyOutcome(result);
  }
}
