import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds a local PostgreSQL cluster has used so far: the postmaster and its live children,
 * plus the children it has reaped (cutime/cstime), so backends of connections closed since still
 * count. Other clusters on the machine are not its children, so they are not counted.
 */
export function serverCpu(postmaster: number): number {
  const ticks = (pid: number | string, fields: number[]) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // /proc/PID/stat fields from the 3rd: utime is the 14th field, so rest[11]; cutime/cstime follow stime.
      return { ppid: Number(rest[1]), cpu: fields.reduce((a, f) => a + Number(rest[f - 3]), 0) };
    } catch {
      return { ppid: -1, cpu: 0 };
    }
  };
  let total = ticks(postmaster, [14, 15, 16, 17]).cpu;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    const t = ticks(pid, [14, 15]);
    if (t.ppid === postmaster) total += t.cpu;
  }
  return total / 100;
}

/** The postmaster's pid: the parent of the backend serving `client`. */
export async function postmasterOf(client: { query(sql: string): Promise<{ rows: { p: number }[] }> }): Promise<number> {
  const backend = (await client.query('SELECT pg_backend_pid() AS p')).rows[0]!.p;
  return Number(readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
}
