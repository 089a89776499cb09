import type { ErrorCode } from '../errors.js';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { SourceDocument } from '../model/SourceDocument.js';
import type { PipelineOptions } from '../pipeline/defaultPipeline.js';

/** What a pool tells each worker when it starts it. */
export interface WorkerSetup {
  dataDir: string | null;
  /** Run the stages up to and including this one (e.g. "events" for the event coder alone). */
  upTo: string | null;
  /** A dictionary set and coder switches, when the events are coded with PETRARCH dictionaries. */
  pipeline: PipelineOptions;
}

export interface WorkerRequest {
  id: number;
  source: SourceDocument;
  date: string | null;
}

export interface WireError {
  code: ErrorCode;
  message: string;
  where: string | null;
}

export type WorkerReply = { ready: true } | { failed: WireError } | { id: number; record: DocumentRecord } | { id: number; error: WireError };
