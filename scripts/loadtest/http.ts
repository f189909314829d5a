// A shopper's browser, reduced to what the load needs: a cookie jar, requests that do not follow
// redirects by themselves (each hop is timed and counted), form posts encoded the way the browser
// encodes them without JavaScript (scripts/bench/html-form.ts), and server actions called the way
// Next's client calls them with JavaScript (./next-action.ts).
import { randomBytes } from 'node:crypto';

import { formBody, multipartBody, type FormField, type HtmlForm } from '../bench/html-form';
import type { Sample } from './stats';

const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const RSC_CONTENT_TYPE = 'text/x-component';

/** `html` is the body as text, whatever its type (an action's answer: the RSC payload). */
export type Answer = {
  status: number;
  location?: string;
  html: string;
  url: string;
  headers: Headers;
};

/** Why an answer that came back as expected is still a failed step (e.g. a refusal), if it is. */
export type Judge = (answer: Answer) => string | undefined;

/** " (text/html)", to tell an HTML error page from the RSC payload an action call expects. */
const kind = (response: Response) => {
  const type = response.headers.get('content-type')?.split(';')[0];
  return type ? ` (${type})` : '';
};

const boundary = () => `----WebKitFormBoundary${randomBytes(12).toString('base64url')}`;

/** Cookies by name, as a browser keeps them for one site (path and expiry simplified). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(setCookies: readonly string[]): void {
    for (const header of setCookies) {
      const [pair = '', ...attributes] = header.split(';');
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const gone = attributes.some((attribute) => {
        const [key = '', setting = ''] = attribute.trim().split('=');
        if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(setting) < Date.now();
        return false;
      });
      if (gone || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  clear(): void {
    this.cookies.clear();
  }
}

/** One shopper's requests against the shop at `base()` (it changes when a fault restarts it). */
export class Browser {
  readonly jar = new CookieJar();

  constructor(
    private readonly base: () => string,
    private readonly record: (sample: Sample) => void,
  ) {}

  async request(
    step: string,
    pathOrUrl: string,
    init: {
      method?: string;
      body?: Buffer;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
    expect: (status: number, headers: Headers) => boolean = (status) => status === 200,
    judge?: Judge,
  ): Promise<Answer> {
    const base = this.base();
    const url = new URL(pathOrUrl, base);
    const headers: Record<string, string> = {
      accept: ACCEPT,
      ...init.headers,
      cookie: this.jar.header(),
    };
    if (init.method === 'POST') {
      headers.origin = base;
      if (init.contentType) headers['content-type'] = init.contentType;
    }
    const start = performance.now();
    try {
      const response = await fetch(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body ? new Uint8Array(init.body) : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      });
      const html = await response.text();
      this.jar.take(response.headers.getSetCookie());
      const location = response.headers.get('location') ?? undefined;
      const answer = {
        status: response.status,
        location,
        html,
        url: url.href,
        headers: response.headers,
      };
      const problem = expect(response.status, response.headers)
        ? judge?.(answer)
        : `${init.method ?? 'GET'} ${url.pathname} answered ${response.status}${kind(response)}`;
      this.record({ step, ms: performance.now() - start, ok: problem === undefined });
      if (problem !== undefined) throw new StepError(step, problem);
      return answer;
    } catch (error) {
      if (error instanceof StepError) throw error;
      this.record({ step, ms: performance.now() - start, ok: false });
      // fetch's own message is "fetch failed"; the cause says why (ECONNREFUSED, a reset ...).
      const cause =
        error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
      const reason = error instanceof Error ? error.message : String(error);
      throw new StepError(step, cause?.code ? `${reason} (${cause.code})` : reason);
    }
  }

  /** Posts a form as the browser does, then follows the 303 it answers with (one hop). */
  async submit(step: string, pageUrl: string, form: HtmlForm, fields: readonly FormField[]) {
    const { body, contentType } = formBody(form, fields, boundary());
    const posted = await this.request(
      step,
      new URL(form.action || pageUrl, pageUrl).href,
      { method: 'POST', body, contentType },
      (status) => status === 303,
    );
    if (!posted.location) throw new StepError(step, `${step}: a 303 without a Location`);
    const landed = await this.request(`${step} → page`, new URL(posted.location, posted.url).href);
    return { posted, landed };
  }

  /**
   * Calls a server action as Next's client does (server-action-reducer.js): a POST to the page's
   * own URL with the action's id, the page's route tree and the encoded arguments (`fields`, from
   * actionReplyFields), answered 200 with an RSC payload. `judge` reads that payload.
   */
  async callAction(
    step: string,
    pageUrl: string,
    action: { id: string; tree: string; fields: readonly FormField[] },
    judge: Judge,
  ): Promise<Answer> {
    const { body, contentType } = multipartBody(action.fields, boundary());
    return this.request(
      step,
      pageUrl,
      {
        method: 'POST',
        body,
        contentType,
        headers: {
          accept: RSC_CONTENT_TYPE,
          'next-action': action.id,
          'next-router-state-tree': action.tree,
        },
      },
      (status, headers) =>
        status === 200 && (headers.get('content-type') ?? '').startsWith(RSC_CONTENT_TYPE),
      judge,
    );
  }
}

export class StepError extends Error {
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(message);
  }
}
