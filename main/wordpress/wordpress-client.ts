import { ShieldnoteError } from '../../common/api/errors';
import { WordPressError, wpRequest, type RouteStyle, type WordPressConnection, type WordPressRequest } from './wordpress-http';

// The few WordPress REST operations a publish needs, with the answers checked for the fields we
// use (a CMS answer is untrusted input like any other).

export interface WpPost {
  id: number;
  status: string;
  slug: string;
  link: string;
}

export interface WpMedia {
  id: number;
  slug: string;
  sourceUrl: string;
  post: number | null;
}

/** The post statuses Shieldnote may overwrite: anything readers can see is left alone. */
export const UPDATABLE_POST_STATUSES = new Set(['draft', 'pending', 'auto-draft']);

function malformed(what: string): ShieldnoteError {
  return new ShieldnoteError('IO', `WordPress sent ${what} without the fields every WordPress answer has; this does not look like a WordPress REST API.`);
}

function asPost(value: unknown): WpPost {
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v.id !== 'number' || !Number.isSafeInteger(v.id) || v.id <= 0 || typeof v.status !== 'string') throw malformed('a post');
  return { id: v.id, status: v.status, slug: typeof v.slug === 'string' ? v.slug : '', link: typeof v.link === 'string' ? v.link : '' };
}

function asMedia(value: unknown): WpMedia {
  const v = value as Record<string, unknown> | null;
  if (!v || typeof v.id !== 'number' || !Number.isSafeInteger(v.id) || v.id <= 0 || typeof v.source_url !== 'string') throw malformed('an uploaded image');
  return { id: v.id, slug: typeof v.slug === 'string' ? v.slug : '', sourceUrl: v.source_url, post: typeof v.post === 'number' && v.post > 0 ? v.post : null };
}

function asList<T>(value: unknown, item: (v: unknown) => T, what: string): T[] {
  if (!Array.isArray(value)) throw malformed(what);
  return value.map(item);
}

/** A REST client bound to one site; it finds out once whether the site has pretty permalinks. */
export class WordPressClient {
  private style: RouteStyle | null = null;

  constructor(private readonly conn: WordPressConnection) {}

  get siteUrl(): string {
    return this.conn.siteUrl;
  }

  /**
   * Checks the credentials and finds the REST API: `/wp-json/` with pretty permalinks, else
   * `?rest_route=` (what WordPress itself advertises when permalinks are plain).
   */
  async connect(): Promise<{ userId: number }> {
    const me = { method: 'GET', route: '/wp/v2/users/me' } as const;
    let answer: unknown;
    try {
      answer = (await wpRequest(this.conn, 'pretty', me)).body;
      this.style = 'pretty';
    } catch (error) {
      if (!(error instanceof WordPressError) || !notTheApi(error)) throw error;
      try {
        answer = (await wpRequest(this.conn, 'query', me)).body;
        this.style = 'query';
      } catch (second) {
        // A redirect says where the site really is: more use to the reporter than "not found".
        if (second instanceof WordPressError && second.kind === 'redirect') throw second;
        if (error.kind === 'redirect') throw error;
        if (second instanceof WordPressError && notTheApi(second)) {
          throw new WordPressError(
            'NOT_FOUND',
            `No WordPress REST API answered at ${this.conn.siteUrl}/wp-json/ or ${this.conn.siteUrl}/?rest_route=/. Check the site address (the folder WordPress is installed in, if any) and that no plugin disables the REST API.`,
            'status',
            404,
            { cause: second },
          );
        }
        throw second;
      }
    }
    const id = (answer as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') throw malformed('the signed-in user');
    return { userId: id };
  }

  private request(request: WordPressRequest) {
    if (!this.style) throw new ShieldnoteError('INTERNAL', 'WordPressClient.connect() must come first.');
    return wpRequest(this.conn, this.style, request);
  }

  /** The post, or null when it no longer exists (deleted for good). */
  async getPost(id: number): Promise<WpPost | null> {
    const answer = await this.request({ method: 'GET', route: `/wp/v2/posts/${id}`, query: { context: 'edit' }, accept: [404, 410] });
    return answer.status === 200 ? asPost(answer.body) : null;
  }

  async findPostBySlug(slug: string): Promise<WpPost | null> {
    const answer = await this.request({ method: 'GET', route: '/wp/v2/posts', query: { slug, status: 'any', context: 'edit', per_page: 5 } });
    return asList(answer.body, asPost, 'a list of posts')[0] ?? null;
  }

  async createPost(fields: Record<string, unknown>): Promise<WpPost> {
    return asPost((await this.request({ method: 'POST', route: '/wp/v2/posts', json: fields })).body);
  }

  async updatePost(id: number, fields: Record<string, unknown>): Promise<WpPost> {
    return asPost((await this.request({ method: 'POST', route: `/wp/v2/posts/${id}`, json: fields })).body);
  }

  async getMedia(id: number): Promise<WpMedia | null> {
    const answer = await this.request({ method: 'GET', route: `/wp/v2/media/${id}`, query: { context: 'edit' }, accept: [404, 410] });
    return answer.status === 200 ? asMedia(answer.body) : null;
  }

  async findMediaBySlug(slug: string): Promise<WpMedia | null> {
    const answer = await this.request({ method: 'GET', route: '/wp/v2/media', query: { slug, context: 'edit', per_page: 5 } });
    return asList(answer.body, asMedia, 'a list of images')[0] ?? null;
  }

  /** Uploads the bytes as they are; `slug` marks it so a timed-out upload can be found again. */
  async uploadMedia(upload: { bytes: Uint8Array; mime: string; fileName: string }, slug: string): Promise<WpMedia> {
    return asMedia((await this.request({ method: 'POST', route: '/wp/v2/media', query: { slug }, upload })).body);
  }

  async updateMedia(id: number, fields: Record<string, unknown>): Promise<WpMedia> {
    return asMedia((await this.request({ method: 'POST', route: `/wp/v2/media/${id}`, json: fields })).body);
  }

  async deleteMedia(id: number): Promise<void> {
    await this.request({ method: 'DELETE', route: `/wp/v2/media/${id}`, query: { force: 'true' }, accept: [404, 410] });
  }
}

/** The answer came from something that is not the REST API at that path (an HTML page, a redirect). */
function notTheApi(error: WordPressError): boolean {
  return error.kind === 'redirect' || error.kind === 'not-json' || error.kind === 'bad-json' || (error.kind === 'status' && error.status === 404);
}
