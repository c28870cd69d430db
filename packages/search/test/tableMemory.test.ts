// The engine's tables of an index's size live on memory V8 does not count as external (ADR 086), so that
// filling the caches does not start full collections of the index's heap; without SharedArrayBuffer (a
// browser that is not cross-origin isolated) they are ordinary buffers with the same contents.
import { catalogue } from '../../../bench/search-quality/catalogue';
import { catalogueOffer } from './catalogueOffer';
import { catalogueIndex, indexedOffer, searchIndex } from '../src';
import { cachedRanks } from '../src/expansions';
import { DocBuffer } from '../src/docBuffer';
import { scratchInt32 } from '../src/scratch';
import { tableCopyInt32, tableFloat32, tableUint8 } from '../src/tableMemory';

const index = catalogueIndex(
  catalogue.map((o, i) => indexedOffer(catalogueOffer(o, `offer-${i}`), [], null)),
  [],
);

describe('table memory', () => {
  it('is shared memory in Node.js, zeroed, of the asked length', () => {
    const t = tableFloat32(1000);
    expect(t.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(t.length).toBe(1000);
    expect(t.every((x) => x === 0)).toBe(true);
    expect(Array.from(tableCopyInt32(Int32Array.of(3, 1, 2)))).toEqual([3, 1, 2]);
  });

  it('holds the tables a search keeps and the buffers it lends', () => {
    searchIndex(index, { text: 'træning for ældre med gigt' }, { municipalityId: null });
    expect(cachedRanks(index, 'test-key').ranks.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(scratchInt32('hits', 10).buffer).toBeInstanceOf(SharedArrayBuffer);
    const list = new DocBuffer();
    list.push(7);
    expect(list.copy().buffer).toBeInstanceOf(SharedArrayBuffer);
    list.release();
  });

  it('falls back to ordinary buffers where the runtime has no SharedArrayBuffer', () => {
    const shared = globalThis.SharedArrayBuffer;
    // @ts-expect-error: a runtime without SharedArrayBuffer
    delete globalThis.SharedArrayBuffer;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('../src/tableMemory') as { tableUint8: typeof tableUint8 };
        const t = fresh.tableUint8(16);
        expect(t.buffer).toBeInstanceOf(ArrayBuffer);
        expect(t.length).toBe(16);
      });
    } finally {
      globalThis.SharedArrayBuffer = shared;
    }
  });
});
