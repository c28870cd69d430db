// "Send som sms" through the municipality's SMS provider (issue 12 item 3, ADR 043): one JSON POST to
// SUNDHED_SMS_URL with the bearer token SUNDHED_SMS_TOKEN. The body is provider-neutral
// ({ to, from, text }); a provider with another shape gets a small adapter in front (or here). The number
// lives only in this request: it is never logged, and an error from the provider carries its status code only
// (a provider's reply may echo the number).

export interface Sms {
  /** E.164, e.g. "+4512345678". */
  to: string;
  text: string;
}

export interface SmsGateway {
  url: string;
  token: string | null;
  from: string;
}

/** The configured gateway, or null (then the local outbox is used). Read per call: tests set it. */
export function smsGateway(): SmsGateway | null {
  const raw = process.env.SUNDHED_SMS_URL?.trim();
  if (!raw) return null;
  const url = new URL(raw); // an invalid address is a deployment error: it fails loudly at the send
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('SUNDHED_SMS_URL must be http(s)');
  return {
    url: url.toString(),
    token: process.env.SUNDHED_SMS_TOKEN?.trim() || null,
    from: process.env.SUNDHED_SMS_FROM?.trim() || 'Kommunen',
  };
}

/** The provider refused the message (4xx: the number or the text) or failed (5xx, network, timeout). */
export class SmsError extends Error {
  override name = 'SmsError';
  constructor(readonly status: number | null) {
    super(status ? `SMS gateway answered ${status}` : 'SMS gateway did not answer');
  }
  get refused(): boolean {
    return this.status !== null && this.status >= 400 && this.status < 500;
  }
}

export async function sendSms(gateway: SmsGateway, sms: Sms, timeoutMs = 10_000): Promise<void> {
  let status: number;
  try {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(gateway.token ? { authorization: `Bearer ${gateway.token}` } : {}),
      },
      body: JSON.stringify({ to: sms.to, from: gateway.from, text: sms.text }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    status = response.status;
    await response.body?.cancel();
  } catch {
    throw new SmsError(null); // the cause may name the URL, never the number; dropped anyway
  }
  if (status < 200 || status >= 300) throw new SmsError(status);
}
