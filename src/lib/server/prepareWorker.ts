/**
 * Worker thread for `prepareInWorkers`: runs the per-file part of the build on its share of the
 * seeds and posts the plain results back in small batches (one list per seed file) (without copies of sentence texts, see
 * wire.ts), then `null`: the worker never holds (nor serialises at once) the results of its share.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareSource, type SeedSource } from '../ingest/buildTimeline.ts';
import { packPrepared } from '../ingest/wire.ts';

const BATCH = 100;
const { sources, latest } = workerData as { sources: SeedSource[]; latest: string };
for (let i = 0; i < sources.length; i += BATCH) parentPort!.postMessage(sources.slice(i, i + BATCH).map((s) => prepareSource(s, latest).map(packPrepared)));
parentPort!.postMessage(null);
