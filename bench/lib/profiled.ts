// CPU and allocation profiles of a bench's measured part only (not start-up, seeding or warm-up), which
// `node --cpu-prof` cannot do. BENCH_CPU_PROFILE=<folder> writes <name>.cpuprofile; BENCH_HEAP_PROFILE=<folder>
// writes <name>.heapprofile (V8's sampling heap profiler: where the bytes that the collector later has to
// find were allocated). Open either in Chrome's DevTools, or summarise with bench/lib/profileSummary.ts.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const fileName = (dir: string, name: string, ext: string) => `${dir}/${name.replace(/[^a-z0-9]+/gi, '-')}.${ext}`;

/** Runs `fn` under the V8 CPU profiler and/or the sampling heap profiler when the variables name folders. */
export async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const cpuDir = process.env.BENCH_CPU_PROFILE;
  const heapDir = process.env.BENCH_HEAP_PROFILE;
  if (!cpuDir && !heapDir) return fn();
  const session = new Session();
  session.connect();
  if (cpuDir) {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  if (heapDir) {
    await session.post('HeapProfiler.enable');
    // Keep samples of objects the collector has already freed: the garbage is what costs here.
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 32_768,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  try {
    return await fn();
  } finally {
    if (cpuDir) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(fileName(cpuDir, name, 'cpuprofile'), JSON.stringify(profile));
    }
    if (heapDir) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      writeFileSync(fileName(heapDir, name, 'heapprofile'), JSON.stringify(profile));
    }
    session.disconnect();
  }
}
