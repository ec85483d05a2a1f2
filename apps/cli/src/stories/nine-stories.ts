import { StoryStore } from './service-world';
import { storyOneLostInvoice } from './story-1-lost-invoice.e2e-cases';
import { storyTwoOldCase } from './story-2-old-case.e2e-cases';
import { storyThreeCreditNotePending } from './story-3-credit-note-pending.e2e-cases';
import { storyFourReliableSlowPayer } from './story-4-reliable-slow-payer.e2e-cases';
import { storyFiveAgreedPaymentTerm } from './story-5-agreed-payment-term.e2e-cases';
import { storySixDispute } from './story-6-dispute.e2e-cases';
import { storySevenPaymentPromise } from './story-7-payment-promise.e2e-cases';
import { storyEightBeforeTheCall } from './story-8-before-the-call.e2e-cases';
import { storyNinePaymentArrangement } from './story-9-payment-arrangement.e2e-cases';

/** The nine stories of DESIGN.md over HTTP, with the saga's passes as the test clock moves. */
export const describeNineStories = (storeName: string, store: StoryStore): void =>
  describe(`The nine stories through the service on ${storeName}`, () => {
    storyOneLostInvoice(store);
    storyTwoOldCase(store);
    storyThreeCreditNotePending(store);
    storyFourReliableSlowPayer(store);
    storyFiveAgreedPaymentTerm(store);
    storySixDispute(store);
    storySevenPaymentPromise(store);
    storyEightBeforeTheCall(store);
    storyNinePaymentArrangement(store);
  });
