import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A small in-memory WordPress REST API on 127.0.0.1 for unit tests: posts and media, Basic auth,
// `/wp-json/` or `?rest_route=` addressing, and hooks to misbehave (errors, hangs, bad answers).

export interface FakePost {
  id: number;
  title: string;
  content: string;
  status: string;
  slug: string;
  featured_media: number;
}

export interface FakeMedia {
  id: number;
  slug: string;
  fileName: string;
  mime: string;
  bytes: Buffer;
  caption: string;
  alt_text: string;
  post: number;
}

export interface SeenRequest {
  method: string;
  route: string;
  host: string;
  authorization: string | undefined;
}

/** Return true when the hook answered the request itself. */
export type Hook = (req: http.IncomingMessage, res: http.ServerResponse, route: string, body: Buffer) => boolean | Promise<boolean>;

export interface FakeWordPress {
  url: string;
  user: string;
  password: string;
  posts: Map<number, FakePost>;
  media: Map<number, FakeMedia>;
  requests: SeenRequest[];
  /** Runs before the normal handling of every request. */
  hook: Hook | null;
  /** When false, `/wp-json/` answers 404 like a site with plain permalinks. */
  prettyPermalinks: boolean;
  close: () => Promise<void>;
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

export async function startFakeWordPress(options: { user?: string; password?: string } = {}): Promise<FakeWordPress> {
  const user = options.user ?? 'editor';
  const password = options.password ?? 'abcd1234efgh5678ijkl9012';
  let nextId = 10;
  const sockets = new Set<import('node:net').Socket>();
  const fake: FakeWordPress = {
    url: '',
    user,
    password,
    posts: new Map(),
    media: new Map(),
    requests: [],
    hook: null,
    prettyPermalinks: true,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const postJson = (p: FakePost) => ({ id: p.id, status: p.status, slug: p.slug, link: `${fake.url}/?p=${p.id}`, title: { raw: p.title }, content: { raw: p.content }, featured_media: p.featured_media });
  const mediaJson = (m: FakeMedia) => ({ id: m.id, slug: m.slug, source_url: `${fake.url}/wp-content/uploads/${m.fileName}`, post: m.post || null, caption: { raw: m.caption }, alt_text: m.alt_text, mime_type: m.mime });

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://x');
    let route: string | null = url.searchParams.get('rest_route');
    if (route === null && url.pathname.startsWith('/wp-json')) route = fake.prettyPermalinks ? url.pathname.slice('/wp-json'.length) : null;
    fake.requests.push({ method: req.method ?? '', route: route ?? url.pathname, host: req.headers.host ?? '', authorization: req.headers.authorization });
    if (fake.hook && (await fake.hook(req, res, route ?? url.pathname, body))) return;
    if (route === null) {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<html><body>Not found</body></html>');
      return;
    }
    const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return send(res, 401, { code: 'rest_not_logged_in', message: 'You are not currently logged in.', data: { status: 401 } });
    const json = () => (body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {});
    let match: RegExpMatchArray | null;
    if (route === '/wp/v2/users/me') return send(res, 200, { id: 1, name: user });
    if (route === '/wp/v2/posts' && req.method === 'GET') {
      const slug = url.searchParams.get('slug');
      return send(res, 200, [...fake.posts.values()].filter((p) => p.slug === slug && p.status !== 'trash').map(postJson));
    }
    if (route === '/wp/v2/posts' && req.method === 'POST') {
      const fields = json();
      const post: FakePost = { id: nextId++, title: String(fields.title ?? ''), content: String(fields.content ?? ''), status: String(fields.status ?? 'draft'), slug: String(fields.slug ?? ''), featured_media: Number(fields.featured_media ?? 0) };
      fake.posts.set(post.id, post);
      return send(res, 201, postJson(post));
    }
    if ((match = route.match(/^\/wp\/v2\/posts\/(\d+)$/))) {
      const post = fake.posts.get(Number(match[1]));
      if (!post) return send(res, 404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
      if (req.method === 'POST') {
        const fields = json();
        if ('title' in fields) post.title = String(fields.title);
        if ('content' in fields) post.content = String(fields.content);
        if ('status' in fields) post.status = String(fields.status);
        if ('slug' in fields) post.slug = String(fields.slug);
        if ('featured_media' in fields) post.featured_media = Number(fields.featured_media);
      }
      return send(res, 200, postJson(post));
    }
    if (route === '/wp/v2/media' && req.method === 'GET') {
      const slug = url.searchParams.get('slug');
      return send(res, 200, [...fake.media.values()].filter((m) => m.slug === slug).map(mediaJson));
    }
    if (route === '/wp/v2/media' && req.method === 'POST') {
      const fileName = /filename="([^"]+)"/.exec(req.headers['content-disposition'] ?? '')?.[1];
      if (!fileName) return send(res, 400, { code: 'rest_upload_no_content_disposition', message: 'No Content-Disposition supplied.', data: { status: 400 } });
      const media: FakeMedia = { id: nextId++, slug: url.searchParams.get('slug') ?? fileName, fileName, mime: req.headers['content-type'] ?? '', bytes: body, caption: '', alt_text: '', post: 0 };
      fake.media.set(media.id, media);
      return send(res, 201, mediaJson(media));
    }
    if ((match = route.match(/^\/wp\/v2\/media\/(\d+)$/))) {
      const media = fake.media.get(Number(match[1]));
      if (!media) return send(res, 404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
      if (req.method === 'DELETE') {
        fake.media.delete(media.id);
        return send(res, 200, { deleted: true, previous: mediaJson(media) });
      }
      if (req.method === 'POST') {
        const fields = json();
        if ('caption' in fields) media.caption = String(fields.caption);
        if ('alt_text' in fields) media.alt_text = String(fields.alt_text);
        if ('post' in fields) media.post = Number(fields.post);
      }
      return send(res, 200, mediaJson(media));
    }
    return send(res, 404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
