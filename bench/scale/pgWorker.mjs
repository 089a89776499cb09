/**
 * Stand-in for one `readout worker` until that command exists: codes its share of a JSONL corpus
 * (every line whose number modulo COUNT is INDEX) with the default pipeline in this thread and
 * stores each record with `PostgresStore.putDocument`, one transaction per document.
 *
 *   node bench/scale/pgWorker.mjs URL CORPUS INDEX COUNT
 *
 * Over the compiled dist/, as an installed readout runs. While one document is being written the
 * next is coded, so the round trip to the server does not idle this core; at most one write is
 * in flight, so the store sees documents in the order of the share. Prints one JSON line of counts.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseJsonlLine } from '../../dist/input/parseJsonlLine.js';
import { createPipeline } from '../../dist/pipeline/defaultPipeline.js';
import { PostgresStore } from '../../dist/storage/postgres/PostgresStore.js';

const [url, corpus, indexArg, countArg] = process.argv.slice(2);
const index = Number(indexArg);
const count = Number(countArg);
const pipeline = createPipeline();
const store = new PostgresStore(url);
const total = { docs: 0, events: 0, failed: 0 };

let writing = Promise.resolve();
let line = 0;
for await (const text of createInterface({ input: createReadStream(corpus), crlfDelay: Number.POSITIVE_INFINITY })) {
  if (line++ % count !== index || !text) continue;
  const record = pipeline.process(parseJsonlLine(text, `${corpus}:${line}`));
  await writing;
  writing = store.putDocument(record).then(
    () => {
      total.docs++;
      total.events += record.events.length;
    },
    (e) => {
      total.failed++;
      console.error(e.message);
    },
  );
}
await writing;
await store.close();
console.log(JSON.stringify(total));
