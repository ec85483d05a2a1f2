import { ContactDetail } from './debtor.events';

/** Every contact detail, in the order a removal names them. */
export const CONTACT_DETAILS: readonly ContactDetail[] = ['contactPerson', 'email', 'phone'];

/** Each removed contact detail as null, ready to spread over a debtor or a contact. */
export const removedDetails = (
  removed: readonly ContactDetail[],
): Partial<Record<ContactDetail, null>> =>
  Object.fromEntries(removed.map((detail) => [detail, null]));
