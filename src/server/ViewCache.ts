/**
 * Computed views (a dyad's timeline, the dyad list, meetings, commitments) kept until the store's
 * revision changes: aggregates over every event are the slow part of a page, and the data only
 * changes when something is ingested. Bounded: past `max` entries the oldest go first.
 */
export class ViewCache {
  private readonly entries = new Map<string, { revision: string; value: Promise<unknown> }>();

  constructor(
    private readonly revision: () => Promise<string>,
    private readonly max = 256,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const revision = await this.revision();
    const hit = this.entries.get(key);
    if (hit && hit.revision === revision) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { revision, value });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
