import { DeliveryPort } from '../delivery-port';
import { UndeliverableReminder } from '../reminder-message';

export interface ChannelRoutes {
  /** Takes the e-mail reminders. */
  readonly email: DeliveryPort;
  /** Takes the letters, and the reminders set aside. */
  readonly post: DeliveryPort;
}

/**
 * One port made of two: e-mail reminders to one (SMTP), letters and undeliverable reminders
 * to the other (the file outbox, where a person picks them up).
 */
export const routeByChannel = (routes: ChannelRoutes): DeliveryPort & { description: string } => ({
  description: `email → ${describe(routes.email)}, letters → ${describe(routes.post)}`,
  deliver: (message) =>
    message.to.kind === 'email' ? routes.email.deliver(message) : routes.post.deliver(message),
  setAside: async (reminder: UndeliverableReminder) => {
    await routes.post.setAside?.(reminder);
  },
  close: async () => {
    await Promise.all([routes.email.close?.(), routes.post.close?.()]);
  },
});

const describe = (port: DeliveryPort): string => port.description ?? 'port';
