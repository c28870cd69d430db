import { Readable } from 'node:stream';

export const HEADER =
  'municipality_code;year;month;sector;contact_type;age_group;drg_group;diagnosis_chapter;activity_count;tariff_value_dkk;kmf_amount_dkk;basis';

/** A CSV text as a stream, split into small chunks so line and UTF-8 boundaries are exercised. */
export function csvStream(text: string, chunkSize = 7): Readable {
  const buffer = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += chunkSize) chunks.push(buffer.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}
