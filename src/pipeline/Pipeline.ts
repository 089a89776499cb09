import { isReadoutError, ReadoutError } from '../errors.js';
import { Doc } from '../model/Doc.js';
import type { DocumentRecord } from '../model/DocumentRecord.js';
import type { SourceDocument, SourceFormat } from '../model/SourceDocument.js';
import { toRecord } from '../model/toRecord.js';
import type { Stage } from './Stage.js';

export interface ProcessOptions {
  /** Date to use when the document names none (YYYY-MM-DD), as `--date` gives. */
  date?: string | null;
}

export interface TextOptions extends ProcessOptions {
  id?: string | null;
  format?: SourceFormat;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
}

/** An ordered list of stages, checked once when built. */
export class Pipeline {
  readonly stages: readonly Stage[];
  /** The stages' notes on their set-up, for a shell to show once (never printed by the library). */
  readonly notes: readonly string[];

  constructor(stages: readonly Stage[]) {
    const seen = new Set<string>(['source']);
    const names = new Set<string>();
    for (const stage of stages) {
      if (names.has(stage.name)) {
        throw new ReadoutError('E_PIPELINE', `stage "${stage.name}" appears twice`);
      }
      names.add(stage.name);
      for (const r of stage.requires) {
        if (!seen.has(r)) {
          throw new ReadoutError('E_PIPELINE', `stage "${stage.name}" requires "${r}", which no earlier stage provides`);
        }
      }
      for (const p of stage.provides) seen.add(p);
    }
    this.stages = stages;
    this.notes = stages.flatMap((s) => s.notes ?? []);
  }

  get names(): string[] {
    return this.stages.map((s) => s.name);
  }

  /** A new pipeline with `stage` added after the stage named `after` (or at the end). */
  with(stage: Stage, after?: string): Pipeline {
    const list = [...this.stages];
    const at = after === undefined ? list.length : list.findIndex((s) => s.name === after) + 1;
    if (at === 0) throw new ReadoutError('E_PIPELINE', `no stage named "${after}"`);
    list.splice(at, 0, stage);
    return new Pipeline(list);
  }

  /** Runs every stage on a new Doc. Errors carry the document's origin. */
  run(source: SourceDocument, options: ProcessOptions = {}): Doc {
    const doc = new Doc(source, options.date ?? null);
    for (const stage of this.stages) {
      try {
        stage.run(doc);
      } catch (e) {
        if (isReadoutError(e)) {
          throw e.where ? e : new ReadoutError(e.code, e.message, source.origin);
        }
        throw new ReadoutError('E_PIPELINE', `stage "${stage.name}" failed: ${(e as Error).message}`, source.origin);
      }
    }
    return doc;
  }

  process(source: SourceDocument, options: ProcessOptions = {}): DocumentRecord {
    return toRecord(this.run(source, options));
  }

  /** Text (plain, Markdown or HTML) to a document record, without reading any file. */
  processText(text: string, options: TextOptions = {}): DocumentRecord {
    const source: SourceDocument = {
      id: options.id ?? null,
      origin: options.id ?? '-',
      format: options.format ?? 'text',
      body: text,
      title: options.title ?? null,
      publisher: options.publisher ?? null,
      url: options.url ?? null,
    };
    return this.process(source, options);
  }
}
