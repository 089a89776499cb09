import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { SourceDocument } from '../model/SourceDocument.js';
import type { Pipeline, ProcessOptions } from '../pipeline/Pipeline.js';

/**
 * What turns a source document into its record: the pipeline in this thread, or a pool of worker
 * threads each owning one (`WorkerPool`). Callers that stream many documents hold a few promises
 * at a time and await them in order, so records come back in input order whichever runs them.
 */
export interface Processor {
  process(source: SourceDocument, options?: ProcessOptions): Promise<DocumentRecord>;
  /** How many documents may usefully be in flight at once. */
  readonly window: number;
  close(): Promise<void>;
}

/** The pipeline in the calling thread, behind the same interface as a pool. */
export function inThisThread(pipeline: Pipeline): Processor {
  return {
    window: 1,
    process: async (source, options) => pipeline.process(source, options),
    close: async () => {},
  };
}
