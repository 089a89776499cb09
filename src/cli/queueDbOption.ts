import { InvalidArgumentError, Option } from 'commander';

/** `--db` of the queue's commands: a PostgreSQL URL and nothing else, since the queue and every worker share that database. */
export function queueDbOption(): Option {
  return new Option('--db <url>', 'the PostgreSQL database of the queue and the store (postgres://user@host:port/database)').makeOptionMandatory().argParser((value: string) => {
    if (!/^postgres(?:ql)?:\/\//i.test(value)) throw new InvalidArgumentError(`"${value}" is not a PostgreSQL URL: the queue lives in PostgreSQL (postgres://user@host:port/database); readout ingest codes into SQLite on one machine`);
    return value;
  });
}
