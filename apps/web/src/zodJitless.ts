// Must be main.tsx's first import: zod 4 probes `new Function("")` when it builds its first object schema
// (@sundhed/shared builds them at import time). The probe is caught, but under our Content-Security-Policy
// (no 'unsafe-eval', ADR 017) Chromium still reports it as a violation. Jitless mode skips the probe and
// parses with the interpreter, which is fast enough for form-sized inputs.
import { config } from 'zod';

config({ jitless: true });
