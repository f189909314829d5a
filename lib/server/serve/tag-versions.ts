import 'server-only';

/**
 * This process's view of which catalog tags changed, read from the database that every process
 * shares (db/page-cache-schema.ts, kept by triggers). One indexed read per request when nothing
 * changed; after a change, only the changed tags are read. Tags that changed before this process
 * started cannot concern its pages, which were all rendered later.
 */
export class TagVersions {
  private seen: number;
  private readonly changed = new Map<string, number>();

  constructor(
    private readonly source: {
      epoch: () => number;
      changedSince: (version: number) => { tag: string; version: number }[];
    },
  ) {
    this.seen = source.epoch();
  }

  /** The current epoch, after taking in what changed since the last call. */
  refresh(): number {
    const epoch = this.source.epoch();
    if (epoch !== this.seen) {
      for (const { tag, version } of this.source.changedSince(this.seen))
        this.changed.set(tag, version);
      this.seen = epoch;
    }
    return epoch;
  }

  /** Whether a page rendered at `epoch` with these tags still shows the catalog as it is. */
  isFresh(tags: readonly string[], epoch: number): boolean {
    return tags.every((tag) => (this.changed.get(tag) ?? 0) <= epoch);
  }
}
