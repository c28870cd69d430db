// A minimal SMTP client on node's net/tls: enough to hand one plain-text message to the municipality's
// relay. SMTP_URL: smtp://[user:pass@]host[:port] (STARTTLS when offered) or smtps://… (TLS from the
// start). No dependency, no queue: a failure is reported to the caller as an SmtpError, whose text
// never holds an e-mail address (relays echo the recipient in their refusals; errors reach the log).
import net from 'node:net';
import tls from 'node:tls';

export interface Mail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** A refusal or failure of the relay; the reply text has every e-mail address blanked out. */
export class SmtpError extends Error {
  override name = 'SmtpError';
  constructor(
    /** The command that failed ('RCPT' when the relay refuses the recipient). */
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

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const encodeHeader = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${b64(s)}?=`);

export function buildMessage(mail: Mail, date = new Date()): string {
  const body = b64(mail.text).replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: ${encodeHeader(mail.subject)}`,
    `Date: ${date.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n');
}

/** Reads whole SMTP replies (multi-line ones joined); a socket error fails the pending read. */
function replies(socket: net.Socket) {
  let buffer = '';
  let lines: string[] = [];
  const done: string[] = [];
  const waiting: { resolve: (reply: string) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let i;
    while ((i = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, i).replace(/\r$/, '');
      buffer = buffer.slice(i + 1);
      lines.push(line);
      if (/^\d{3}(-)/.test(line)) continue;
      const reply = lines.join('\n');
      lines = [];
      const w = waiting.shift();
      if (w) w.resolve(reply);
      else done.push(reply);
    }
  };
  const onError = (e: Error) => {
    failure = e;
    waiting.splice(0).forEach((w) => w.reject(e));
  };
  socket.on('data', onData);
  socket.on('error', onError);
  socket.on('close', () => onError(new Error('SMTP connection closed')));
  return {
    next: () =>
      new Promise<string>((resolve, reject) => {
        if (done.length) resolve(done.shift()!);
        else if (failure) reject(failure);
        else waiting.push({ resolve, reject });
      }),
    detach: () => {
      socket.off('data', onData);
      socket.removeAllListeners('error');
      socket.removeAllListeners('close');
    },
  };
}

/** The SMTP verb of a command line, never its argument (which may be an address or the message). */
const verbOf = (command?: string) =>
  command === undefined ? 'greeting' : command.startsWith('From: ') ? 'message' : (command.split(/[ :]/)[0] ?? command);

export async function sendMail(smtpUrl: string, mail: Mail, timeoutMs = 10_000): Promise<void> {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const port = Number(url.port || (secure ? 465 : 25));
  const host = url.hostname;
  let socket: net.Socket = await new Promise((resolve, reject) => {
    const s: net.Socket = secure
      ? tls.connect({ host, port, servername: host }, () => resolve(s))
      : net.connect({ host, port }, () => resolve(s));
    s.once('error', reject);
  });
  socket.on('error', () => undefined); // errors surface through the pending reply
  socket.setTimeout(timeoutMs, () => socket.destroy(new Error('SMTP timeout')));
  let r = replies(socket);
  try {
    const expect = async (code: string, command?: string) => {
      if (command !== undefined) socket.write(`${command}\r\n`);
      const reply = await r.next().catch((error: Error) => {
        throw new SmtpError(verbOf(command), undefined, error.message);
      });
      const last = reply.split('\n').pop()!;
      if (!last.startsWith(code)) throw new SmtpError(verbOf(command), Number(last.slice(0, 3)) || undefined, reply);
      return reply;
    };
    await expect('220');
    const ehlo = await expect('250', 'EHLO sundhedsoverblik');
    if (!secure && /STARTTLS/i.test(ehlo)) {
      await expect('220', 'STARTTLS');
      r.detach();
      socket = tls.connect({ socket, servername: host });
      await new Promise((resolve) => socket.once('secureConnect', resolve));
      r = replies(socket);
      await expect('250', 'EHLO sundhedsoverblik');
    }
    if (url.username) {
      const auth = b64(`\0${decodeURIComponent(url.username)}\0${decodeURIComponent(url.password)}`);
      await expect('235', `AUTH PLAIN ${auth}`);
    }
    await expect('250', `MAIL FROM:<${mail.from}>`);
    await expect('250', `RCPT TO:<${mail.to}>`);
    await expect('354', 'DATA');
    await expect('250', `${buildMessage(mail)}\r\n.`);
    socket.write('QUIT\r\n');
  } finally {
    r.detach();
    socket.on('error', () => undefined);
    socket.end();
  }
}
