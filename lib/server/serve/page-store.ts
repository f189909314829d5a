import 'server-only';

/** A rendered page as the page server keeps it: status, headers and body, and what it shows. */
export type CachedPage = {
  status: number;
  headers: [string, string][];
  body: Buffer;
  // Filled in after the first response, off the request's path.
  gzip?: Buffer;
  // The tags of the catalog rows it shows, and the epoch read before it was rendered: it is stale
  // once any of its tags has changed after that epoch (./tag-versions.ts).
  tags: string[];
  epoch: number;
};

/**
 * Least recently used pages first out, within a byte budget: memory stays bounded whatever the
 * catalog's size, and the pages shoppers visit stay in. A Map keeps insertion order; a hit moves
 * the page to the end.
 */
export class PageStore {
  private readonly pages = new Map<string, CachedPage>();
  private used = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.delete(key);
    const size = sizeOf(key, page);
    if (size > this.maxBytes) return;
    this.pages.set(key, page);
    this.used += size;
    for (const [oldest, old] of this.pages) {
      if (this.used <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.used -= sizeOf(oldest, old);
    }
  }

  /** Adds the compressed body of a page still in the store. */
  addGzip(key: string, page: CachedPage, gzip: Buffer): void {
    if (this.pages.get(key) !== page || page.gzip) return;
    page.gzip = gzip;
    this.used += gzip.length;
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.used -= sizeOf(key, page);
  }

  get stats() {
    return { pages: this.pages.size, bytes: this.used };
  }
}

function sizeOf(key: string, page: CachedPage): number {
  const headers = page.headers.reduce(
    (total, [name, value]) => total + name.length + value.length,
    0,
  );
  return key.length + headers + page.body.length + (page.gzip?.length ?? 0) + 200;
}
