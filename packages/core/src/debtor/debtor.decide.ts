import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import {
  contactDetailsRemoved,
  contactPersonChanged,
  debtorRegistered,
  detailsChanged,
  paymentTermAgreed,
  reminderOffsetOverridden,
} from './debtor.changes';
import {
  AgreePaymentTerm,
  ChangeDebtorDetails,
  DebtorCommand,
  OverrideReminderOffset,
  RegisterDebtor,
  SaveDebtorProfile,
} from './debtor.commands';
import { DebtorError } from './debtor.errors';
import { CONTACT_DETAILS } from './contact-details';
import { ContactDetail, DebtorEvent } from './debtor.events';
import { DebtorState, RegisteredDebtor } from './debtor.state';
import { ifGiven, validEmail, validPaymentTerm, validReminderOffset } from './debtor.validate';

type Decision = E.Either<DebtorError, DebtorEvent[]>;

/** A detail given as null is removed, not recorded: as a value it counts as not given. */
const valueOf = <A>(detail: A | null | undefined): A | undefined => detail ?? undefined;

/** The contact details a profile gives as null. */
const nulledDetails = (c: SaveDebtorProfile): ContactDetail[] =>
  CONTACT_DETAILS.filter((detail) => c[detail] === null);

const validProfile = (c: SaveDebtorProfile) =>
  pipe(
    E.Do,
    E.apS('email', ifGiven(validEmail)(valueOf(c.email))),
    E.apS('paymentTermDays', ifGiven(validPaymentTerm)(c.paymentTermDays)),
    E.apS('reminderOffsetDays', ifGiven(validReminderOffset)(c.reminderOffsetDays)),
  );

const register = (c: RegisterDebtor, state: DebtorState): Decision =>
  state.status === 'registered'
    ? E.left({ _tag: 'AlreadyRegistered', debtorId: state.debtorId })
    : pipe(
        ifGiven(validEmail)(c.email),
        E.map((email) => [
          debtorRegistered({
            debtorId: c.debtorId,
            name: c.name,
            kind: c.kind,
            contactPerson: c.contactPerson,
            email,
            phone: c.phone,
            companySize: c.companySize,
          }),
        ]),
      );

const changeDetails = (c: ChangeDebtorDetails, debtor: RegisteredDebtor): Decision =>
  pipe(
    ifGiven(validEmail)(c.email),
    E.map((email) =>
      detailsChanged(debtor, {
        name: c.name,
        kind: c.kind,
        email,
        phone: c.phone,
        companySize: c.companySize,
      }),
    ),
  );

const agreeTerm = (c: AgreePaymentTerm, debtor: RegisteredDebtor): Decision =>
  pipe(
    validPaymentTerm(c.paymentTermDays),
    E.map((days) => paymentTermAgreed(debtor.paymentTermDays, days)),
  );

const overrideOffset = (c: OverrideReminderOffset, debtor: RegisteredDebtor): Decision =>
  pipe(
    validReminderOffset(c.reminderOffsetDays),
    E.map((days) => reminderOffsetOverridden(debtor.reminderOffsetDays, days)),
  );

/**
 * `PUT /debtors/:id`: an unknown debtor is registered, with its agreed term and reminder
 * offset when given; for a known debtor only what differs is recorded, so saving the same
 * profile twice records nothing the second time. A contact detail given as null is removed
 * when recorded (and left out of a registration).
 */
const saveProfile = (c: SaveDebtorProfile, state: DebtorState): Decision =>
  pipe(
    validProfile(c),
    E.map((valid) =>
      state.status === 'unregistered'
        ? [
            debtorRegistered({
              debtorId: c.debtorId,
              name: c.name,
              kind: c.kind,
              contactPerson: valueOf(c.contactPerson),
              email: valid.email,
              phone: valueOf(c.phone),
              companySize: c.companySize,
            }),
            ...paymentTermAgreed(null, valid.paymentTermDays),
            ...reminderOffsetOverridden(null, valid.reminderOffsetDays),
          ]
        : [
            ...detailsChanged(state, {
              name: c.name,
              kind: c.kind,
              email: valid.email,
              phone: valueOf(c.phone),
              companySize: c.companySize,
            }),
            ...contactPersonChanged(state.contactPerson, valueOf(c.contactPerson)),
            ...contactDetailsRemoved(state, nulledDetails(c)),
            ...paymentTermAgreed(state.paymentTermDays, valid.paymentTermDays),
            ...reminderOffsetOverridden(state.reminderOffsetDays, valid.reminderOffsetDays),
          ],
    ),
  );

// Untyped input can carry any `type`, even a non-string one.
const unknownCommand = (command: { readonly type: unknown }): DebtorError => ({
  _tag: 'UnknownCommand',
  type: String(command.type),
});

/** Runs a change that only a registered debtor accepts. */
const whenRegistered =
  (state: DebtorState) =>
  (change: (debtor: RegisteredDebtor) => Decision): Decision =>
    state.status === 'registered' ? change(state) : E.left({ _tag: 'NotRegistered' });

/**
 * Decides a debtor command against the debtor's state. Registering twice is refused;
 * every other change needs a registered debtor, except the profile upsert. Restating what
 * is already recorded succeeds with no events, so retries and repeated syncs leave no noise
 * in the history. The stream identifies the debtor, so only registering commands carry its id.
 * A command of a type the stream does not know is refused with `UnknownCommand`.
 */
export const decideDebtor = (command: DebtorCommand, state: DebtorState): Decision => {
  const registered = whenRegistered(state);
  switch (command.type) {
    case 'RegisterDebtor':
      return register(command, state);
    case 'ChangeDebtorDetails':
      return registered((debtor) => changeDetails(command, debtor));
    case 'ChangeContactPerson':
      return registered((debtor) =>
        E.right(contactPersonChanged(debtor.contactPerson, command.contactPerson)),
      );
    case 'RemoveContactDetails':
      return registered((debtor) => E.right(contactDetailsRemoved(debtor, command.details)));
    case 'AgreePaymentTerm':
      return registered((debtor) => agreeTerm(command, debtor));
    case 'OverrideReminderOffset':
      return registered((debtor) => overrideOffset(command, debtor));
    case 'SaveDebtorProfile':
      return saveProfile(command, state);
    default: {
      // An unknown command type from an untyped caller is refused, not echoed back.
      const _exhaustive: never = command;
      return E.left(unknownCommand(_exhaustive));
    }
  }
};
