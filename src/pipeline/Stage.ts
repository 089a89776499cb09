import type { Doc } from '../model/Doc.js';

/**
 * A named step of the pipeline (spaCy's component). It declares the annotations it reads
 * (`requires`) and writes (`provides`) so a pipeline in the wrong order fails when it is built,
 * not halfway through a corpus. `run` mutates the Doc; it must not keep state between docs.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
  run(doc: Doc): void;
  /** What the user should know about how the stage was set up (lines of a dictionary it skipped). */
  readonly notes?: readonly string[];
}
