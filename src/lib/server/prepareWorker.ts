/**
 * Worker thread for `prepareInWorkers`: runs the per-file part of the build on its share of the
 * seeds and posts the plain results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareSource, type SeedSource } from '../ingest/buildTimeline.ts';

const { sources, latest } = workerData as { sources: SeedSource[]; latest: string };
parentPort!.postMessage(sources.map((s) => prepareSource(s, latest)));
