/**
 * Where the ingest worker script is. Worker threads load JavaScript, so the pool always runs the BUILT worker:
 * built, this module lives in dist/src/ingest/ next to ingest-worker.js; loaded as TypeScript source (vitest runs
 * src/ directly), it points to the same file under dist/ — so build before running tests (`npm test` does) or the
 * workers run stale code.
 */
const here = import.meta.url;

export const INGEST_WORKER_URL = here.endsWith('.ts')
  ? new URL('../../dist/src/ingest/ingest-worker.js', here)
  : new URL('./ingest-worker.js', here);
