import { once } from 'node:events';
import { Command } from 'commander';
import { loadCommitmentCues } from '../../dictionaries/commitmentCues.js';
import { defaultDataDir } from '../../dictionaries/dataDir.js';
import { createServer } from '../../server/createServer.js';
import { openStore } from '../../storage/openStore.js';
import { type CodingFlags, codingPipeline, withCodingOptions } from '../codingOptions.js';
import { type Io, write } from '../Io.js';
import { dbOption, positiveIntOption } from '../options.js';

interface ServeOptions extends CodingFlags {
  db: string;
  port: number;
  host: string;
  token?: string;
}

/** `readout serve`: the dashboard and the HTTP API over a store, until interrupted. */
export function serveCommand(io: Io, done: (code: number) => void): Command {
  return withCodingOptions(new Command('serve'))
    .description('serve the dashboard and the HTTP API (read-only unless --token is given)')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0: any free port)', positiveIntOption, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--token <secret>', 'accept uploads (POST /api/documents) that present this bearer token; also READOUT_TOKEN')
    .addHelpText(
      'after',
      `
Examples:
  $ readout serve
  $ readout serve --db team.db --port 3000 --host 0.0.0.0 --token "$(openssl rand -hex 16)"`,
    )
    .action(async (opts: ServeOptions) => {
      const token = opts.token ?? process.env.READOUT_TOKEN ?? null;
      const store = openStore(opts.db, { create: false });
      try {
        // A PostgreSQL store connects on its first call: an unreachable server fails here, not in every request.
        await store.revision();
        const app = await createServer({
          store,
          rules: loadCommitmentCues(defaultDataDir()).fulfilment,
          token,
          coder: token ? await codingPipeline(opts, io) : null,
          onError: (e, r) => io.stderr.write(`readout: ${r.method} ${r.url}: ${e.stack ?? e.message}\n`),
        });
        // One signal starts the shutdown; the other listener goes with it, so a second signal is not swallowed.
        const stop = new AbortController();
        try {
          const address = await app.listen({ port: opts.port, host: opts.host });
          await write(io.stdout, `readout: dashboard at ${address}/ (API at ${address}/api, ${address}/openapi.json)${token ? '; uploads accepted with the token' : '; read-only'}\n`);
          await Promise.race([once(process, 'SIGINT', { signal: stop.signal }), once(process, 'SIGTERM', { signal: stop.signal })]);
        } finally {
          stop.abort();
          await app.close();
        }
      } finally {
        await store.close();
      }
      done(0);
    });
}
