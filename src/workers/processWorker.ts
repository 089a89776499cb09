import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguageData } from '../dictionaries/LanguageData.js';
import { isReadoutError } from '../errors.js';
import { createPipeline } from '../pipeline/defaultPipeline.js';
import { Pipeline } from '../pipeline/Pipeline.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './messages.js';

/**
 * A worker thread of a `WorkerPool`: builds its own pipeline once (its own dictionaries and
 * wink instance), then answers one message per document with the record or the error.
 */
const setup = workerData as WorkerSetup;
const port = parentPort!;
try {
  const full = createPipeline(loadLanguageData(setup.dataDir ?? undefined), setup.pipeline);
  const pipeline = setup.upTo ? new Pipeline(full.stages.slice(0, full.names.indexOf(setup.upTo) + 1)) : full;
  port.on('message', (m: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { id: m.id, record: pipeline.process(m.source, { date: m.date }) };
    } catch (e) {
      const err = isReadoutError(e) ? e : { code: 'E_PIPELINE' as const, message: (e as Error).message, where: m.source.origin };
      reply = { id: m.id, error: { code: err.code, message: err.message, where: err.where ?? null } };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (e) {
  const err = isReadoutError(e) ? e : { code: 'E_PIPELINE' as const, message: (e as Error).message, where: undefined };
  port.postMessage({ failed: { code: err.code, message: err.message, where: err.where ?? null } } satisfies WorkerReply);
}
