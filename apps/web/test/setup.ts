import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextEncoder; react-router's module graph needs one at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });
