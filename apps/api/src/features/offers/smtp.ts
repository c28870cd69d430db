// Hands one plain-text message to the municipality's relay with nodemailer (ADR 025). SMTP_URL:
// smtp://[user:pass@]host[:port] (STARTTLS when offered) or smtps://… (TLS from the start). No pool, no
// queue: a failure is reported to the caller as an SmtpError, whose text never holds an e-mail address
// (relays echo the recipient in their refusals, and nodemailer copies them into its errors; errors
// reach the log). nodemailer's own logger stays off.
import { now } from '@sundhed/shared';
import { createTransport } from 'nodemailer';

export interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** ISO 639-1 code of the text's language (Content-Language). */
  language?: string;
}

/** A refusal or failure of the relay; the reply text has every e-mail address blanked out. */
export class SmtpError extends Error {
  override name = 'SmtpError';
  constructor(
    /** What failed: 'RCPT' when the relay refuses the recipient, 'message' when it refuses the message. */
    readonly command: string,
    /** The relay's three-digit reply code, when it answered. */
    readonly replyCode: number | undefined,
    reply: string,
  ) {
    super(`SMTP ${command} refused: ${redactAddresses(reply)}`);
  }
}

/** Anything that looks like an e-mail address (with or without angle brackets) becomes "[adresse]". */
export function redactAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]*@[^\s<>"'(),;:]*/g, '[adresse]');
}

/** What nodemailer's errors carry (NodemailerError); read field by field, never passed on whole. */
interface RelayError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** nodemailer's error as an SmtpError: the failed step and reply code, the reply without addresses. */
function relayFailure(error: unknown): SmtpError {
  const e = (error ?? {}) as RelayError;
  const step = e.code === 'EMESSAGE' ? 'message' : (e.command?.split(' ')[0] ?? e.code ?? 'connection');
  return new SmtpError(step, e.responseCode, e.response ?? e.message ?? String(error));
}

export async function sendMail(smtpUrl: string, mail: Mail, timeoutMs = 10_000): Promise<void> {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const transport = createTransport({
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 25)),
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    name: 'sundhedsoverblik',
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
    debug: false,
    // The message is plain text we compose: no attachments, files or URLs to fetch.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    await transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      textEncoding: 'base64',
      ...(mail.language ? { headers: { 'Content-Language': mail.language } } : {}),
      date: now(),
    });
  } catch (error) {
    throw relayFailure(error);
  } finally {
    transport.close();
  }
}
