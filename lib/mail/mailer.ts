import { logger } from '@/lib/logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where the platform's e-mail goes out. One implementation today; a provider's (SES, Postmark…) plugs in here. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Development and test delivery: the message is written to the log instead of sent, so an
 * invitation's link can be copied from the server's output (the dashboard also shows it once).
 */
export const logMailer: Mailer = {
  async send(message) {
    logger.info({ mail: message }, `mail to ${message.to} (written to the log: no mail transport is configured)`);
  },
};

let current: Mailer = logMailer;

export function mailer(): Mailer {
  return current;
}

/** Tests only: capture what would be sent. */
export function setMailer(next: Mailer | null): void {
  current = next ?? logMailer;
}
