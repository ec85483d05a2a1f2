export * from './reminder-message';
export * from './delivery-port';
export * from './render/reminder-letter';
export * from './render/render-reminder';
export { escapeHtml, formatAmount, formatDate, formatDay } from './render/formatting';
export { letterAsHtml } from './render/letter-html';
export { letterAsPdf } from './render/letter-pdf';
export { letterAsText } from './render/letter-text';
export { addressFor, type Addressing } from './follower/recipient';
export * from './follower/reminder-delivery.types';
export {
  consoleDeliveryLogger,
  createReminderDelivery,
  REMINDER_DELIVERY_CHECKPOINT,
} from './follower/reminder-delivery';
export { DEFAULT_OUTBOX_FOLDER, FileOutbox, type FileOutboxOptions } from './adapters/file-outbox';
export { SmtpDelivery, type SmtpDeliveryOptions } from './adapters/smtp-delivery';
export { routeByChannel, type ChannelRoutes } from './adapters/route-by-channel';
export { messageIdFor } from './adapters/mail-options';
export * from './delivery-location';
