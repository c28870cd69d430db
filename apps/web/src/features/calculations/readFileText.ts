import { decodeText } from '@sundhed/shared/decodeText';

/**
 * A chosen file's text: UTF-8, or Windows-1252 when it is not valid UTF-8 (a CSV saved by Danish Excel,
 * issue 12). FileReader works wherever Blob.arrayBuffer may not.
 */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(reader.result instanceof ArrayBuffer ? decodeText(new Uint8Array(reader.result)).text : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}
