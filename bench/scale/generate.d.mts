export interface GeneratedDocument {
  id: string;
  date: string;
  title: string;
  publisher: string;
  text: string;
}
export function generateDocuments(count: number, seed?: number): Generator<GeneratedDocument>;
export function writeCorpus(out: NodeJS.WritableStream, count: number, seed?: number): Promise<void>;
