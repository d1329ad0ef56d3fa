import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { hlcAt, simCreate } from '../testing/harness.js';

/** One raw HTTP request as the fuzzer sends it: the path goes on the wire exactly as written. */
export type FuzzRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Which generator made it (for the tally and for failure reports). */
  kind: string;
};

/** The credentials a fuzz run holds; `forged` look real but were never issued. */
export type FuzzTokens = { device: string; hq: string; officer: string; deviceId: string };

const traversal = [
  '..%2f..%2fetc%2fpasswd',
  '..%2F..%2F..%2Fetc%2Fshadow',
  '%2e%2e%2f%2e%2e%2fkeliling.db',
  '..%5c..%5cwindows%5cwin.ini',
  '%252e%252e%252fetc%252fpasswd',
  '%c0%ae%c0%ae%2fetc%2fpasswd',
  '..',
  '.',
  '%00',
  'a%00b',
  '%ff%fe',
  '..%2f..',
  `${'a'.repeat(64)}%2f..%2f..%2fkeliling.db`,
  '%',
  '%zz',
  'x'.repeat(5000),
];

/** Path segments that are ids: ordinary, borderline, hostile. */
const segment = fc.oneof(
  fc.constantFrom(...traversal),
  fc.stringMatching(/^[0-9A-Za-z_-]{1,64}$/),
  fc.string({ maxLength: 80 }).map(encodeURIComponent),
  fc.constant('a'.repeat(65)),
  fc.constant('0'.repeat(64)),
  fc.constant('f'.repeat(64)),
);

const entitySegment = fc.oneof(
  fc.constantFrom('sim_applications', 'skck_applications', 'visits', 'officers', 'units', 'lost_item_reports'),
  segment,
);

const queryValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '-1',
    '0',
    '1e9',
    'NaN',
    '99999999999999999999',
    'null',
    '[]',
    '{}',
    '%',
    '%00',
    'x'.repeat(3000),
  ),
);

function query(keys: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 10 })), queryValue), { maxLength: 4 })
    .map((pairs) =>
      pairs.length === 0
        ? ''
        : // Hostile escapes ('%', '%00') go out raw; everything else encoded.
          `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${/^[%0-9A-Za-z]+$/.test(v) ? v : encodeURIComponent(v)}`).join('&')}`,
    );
}

type Route = { method: string; path: fc.Arbitrary<string>; json: boolean; name: string };

/** Every endpoint of sync-api.md (and the ones the server adds), with ids and queries drawn from the above. */
const routes: Route[] = [
  { name: 'enroll', method: 'POST', path: fc.constant('/api/v1/devices/enroll'), json: true },
  { name: 'login', method: 'POST', path: fc.constant('/api/v1/auth/login'), json: true },
  { name: 'info', method: 'GET', path: fc.constant('/api/v1/sync/info'), json: false },
  { name: 'push', method: 'POST', path: fc.constant('/api/v1/sync/push'), json: true },
  { name: 'pull', method: 'GET', path: query(['since', 'limit']).map((q) => `/api/v1/sync/pull${q}`), json: false },
  {
    name: 'records',
    method: 'GET',
    path: fc
      .tuple(entitySegment, query(['unitId', 'status', 'q', 'updatedSince', 'limit', 'cursor']))
      .map(([e, q]) => `/api/v1/records/${e}${q}`),
    json: false,
  },
  {
    name: 'record',
    method: 'GET',
    path: fc.tuple(entitySegment, segment).map(([e, id]) => `/api/v1/records/${e}/${id}`),
    json: false,
  },
  {
    name: 'history',
    method: 'GET',
    path: fc.tuple(entitySegment, segment).map(([e, id]) => `/api/v1/records/${e}/${id}/history`),
    json: false,
  },
  {
    name: 'conflicts',
    method: 'GET',
    path: query(['status', 'entity', 'limit', 'cursor']).map((q) => `/api/v1/conflicts${q}`),
    json: false,
  },
  {
    name: 'rejections',
    method: 'GET',
    path: query(['limit', 'cursor']).map((q) => `/api/v1/rejections${q}`),
    json: false,
  },
  { name: 'blob', method: 'GET', path: segment.map((s) => `/api/v1/blobs/${s}`), json: false },
  {
    name: 'device-action',
    method: 'POST',
    path: fc
      .tuple(segment, fc.constantFrom('revoke', 'retire', 'retire/complete', 'key-escrow/release'))
      .map(([id, a]) => `/api/v1/devices/${id}/${a}`),
    json: true,
  },
  { name: 'key-escrow', method: 'PUT', path: segment.map((id) => `/api/v1/devices/${id}/key-escrow`), json: true },
  { name: 'enrollment-codes', method: 'POST', path: fc.constant('/api/v1/enrollment-codes'), json: true },
  { name: 'upload-create', method: 'POST', path: fc.constant('/api/v1/uploads'), json: false },
  {
    name: 'upload-patch',
    method: 'PATCH',
    path: segment.map((id) => `/api/v1/uploads/${id}`),
    json: false,
  },
  { name: 'upload-head', method: 'HEAD', path: segment.map((id) => `/api/v1/uploads/${id}`), json: false },
  {
    name: 'public-status',
    method: 'GET',
    path: fc.tuple(segment, query(['nik4', 'code'])).map(([r, q]) => `/api/v1/public/status/${r}${q}`),
    json: false,
  },
  { name: 'public-otp', method: 'POST', path: fc.constant('/api/v1/public/otp'), json: true },
  { name: 'public-submissions', method: 'POST', path: fc.constant('/api/v1/public/submissions'), json: true },
  { name: 'unknown-api', method: 'GET', path: segment.map((s) => `/api/v1/${s}`), json: false },
  { name: 'unknown-method', method: 'DELETE', path: fc.constant('/api/v1/sync/push'), json: false },
];

/** A valid push change for a fresh record (never one the run seeded), so accepted fuzz never edits seeded data. */
function validChange(unitId: string): fc.Arbitrary<Record<string, unknown>> {
  return fc.stringMatching(/^[0-9A-Za-z]{20}$/).map((id) => {
    const change = simCreate(unitId, { id: `fz${id}`, entityId: `fz-rec-${id}`, hlc: hlcAt(Date.now() - 1000) });
    return change as unknown as Record<string, unknown>;
  });
}

/** Any JSON value, including deep and wide ones. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ minLength: 0, maxLength: 2000 }) },
);

/** Puts `value` at a random place of an object tree (a "wrong type" or "unknown field" mutation). */
function mutate(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.constantFrom(...Object.keys(base), 'unknownField', '__proto__', 'constructor', 'fields'),
      anyJson,
      fc.boolean(),
    )
    .map(([key, value, intoFields]) => {
      const copy: Record<string, unknown> = structuredClone(base);
      if (intoFields && typeof copy.fields === 'object' && copy.fields !== null) {
        (copy.fields as Record<string, unknown>)[key] = value;
      } else {
        Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return copy;
    });
}

function pushBody(unitId: string): fc.Arbitrary<unknown> {
  const change = validChange(unitId);
  return fc.oneof(
    fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => ({ changes })),
    fc.array(change.chain(mutate), { minLength: 1, maxLength: 3 }).map((changes) => ({ changes })),
    fc.array(change, { maxLength: 2 }).chain((changes) => mutate({ changes })),
    anyJson,
    fc.constant({ changes: Array.from({ length: 1001 }, () => ({})) }),
    fc.constant({ changes: [] }),
  );
}

function deep(depth: number, open: string, close: string): Buffer {
  return Buffer.from(open.repeat(depth) + close.repeat(depth));
}

/** Bodies: JSON (valid, mutated, any), and what is not JSON at all. */
function body(
  route: Route,
  unitId: string,
): fc.Arbitrary<{ bytes?: Buffer; contentType?: string; encoding?: string; what: string }> {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null');
  const structured =
    route.name === 'push'
      ? pushBody(unitId)
      : fc.oneof(
          anyJson,
          fc.record({ code: anyJson, name: anyJson }, { requiredKeys: [] }),
          fc.record({ username: anyJson, password: anyJson }, { requiredKeys: [] }),
          fc.record(
            { officerId: anyJson, pin: anyJson, dataKey: anyJson, unitId: anyJson, ttlHours: anyJson },
            { requiredKeys: [] },
          ),
        );
  return fc.oneof(
    {
      weight: 6,
      arbitrary: structured.map((v) => ({ bytes: json(v), contentType: 'application/json', what: 'json' })),
    },
    {
      weight: 1,
      arbitrary: structured.map((v) => ({
        bytes: gzipSync(json(v)),
        contentType: 'application/json',
        encoding: 'gzip',
        what: 'gzip',
      })),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => ({
        bytes: Buffer.from(b),
        contentType: 'application/json',
        encoding: 'gzip',
        what: 'bad-gzip',
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .string({ maxLength: 300 })
        .map((s) => ({ bytes: Buffer.from(s), contentType: 'application/json', what: 'bad-json' })),
    },
    {
      weight: 1,
      arbitrary: fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => ({
        bytes: Buffer.concat([
          Buffer.from('{"changes":"'),
          Buffer.from(b),
          Buffer.from([0xff, 0xfe, 0xc0]),
          Buffer.from('"}'),
        ]),
        contentType: 'application/json',
        what: 'invalid-utf8',
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/offset+octet-stream',
          '',
        )
        .chain((contentType) => structured.map((v) => ({ bytes: json(v), contentType, what: 'content-type' }))),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('deflate', 'br', 'compress', 'gzip, gzip', 'x-unknown')
        .chain((encoding) =>
          structured.map((v) => ({ bytes: json(v), contentType: 'application/json', encoding, what: 'encoding' })),
        ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { bytes: deep(20_000, '[', ']'), contentType: 'application/json', what: 'deep-array' },
        {
          bytes: Buffer.from(`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`),
          contentType: 'application/json',
          what: 'deep-object',
        },
        {
          bytes: Buffer.from(JSON.stringify({ changes: [{ id: 'x'.repeat(3_000_000) }] })),
          contentType: 'application/json',
          what: 'huge-string',
        },
        {
          bytes: Buffer.from(JSON.stringify({ changes: 'x'.repeat(5 * 1024 * 1024) })),
          contentType: 'application/json',
          what: 'over-limit',
        },
        {
          bytes: Buffer.from(JSON.stringify({ changes: Array.from({ length: 200_000 }, () => 0) })),
          contentType: 'application/json',
          what: 'huge-array',
        },
        { bytes: Buffer.from('{"changes": [1, 2'), contentType: 'application/json', what: 'truncated' },
        { bytes: Buffer.alloc(0), contentType: 'application/json', what: 'empty' },
        { bytes: undefined, contentType: undefined, what: 'none' },
      ),
    },
  );
}

function authorization(tokens: FuzzTokens): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(tokens.device, tokens.hq, tokens.officer).map((t) => `Bearer ${t}`) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(
          'Bearer',
          'Bearer ',
          'Basic YWRtaW46YWRtaW4=',
          'bearer x',
          `Bearer ${tokens.device}x`,
          `Bearer ${tokens.hq.slice(0, -1)}`,
        ),
        fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((s) => `Bearer kld_${s}`),
        fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((s) => `Bearer kls_${s}`),
        fc.string({ maxLength: 100 }).map((s) => `Bearer ${s.replace(/[\r\n]/g, '')}`),
        fc.constant(`Bearer ${'a'.repeat(8000)}`),
      ),
    },
  );
}

const tusHeaders = fc.record(
  {
    'tus-resumable': fc.constantFrom('1.0.0', '0.2.2', 'x'),
    'upload-length': fc.constantFrom('0', '-1', '10', '99999999999999', 'abc'),
    'upload-offset': fc.constantFrom('0', '-5', '10', 'x'),
    'upload-metadata': fc.oneof(
      fc.constantFrom('sha256 YWJj,mime aW1hZ2UvanBlZw==,name YS5qcGc=', 'sha256', ',,,', 'mime !!!'),
      fc.string({ maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, '')),
    ),
  },
  { requiredKeys: [] },
);

/** Random and mutated requests to every endpoint, carrying the run's real, forged or missing credentials. */
export function fuzzRequest(tokens: FuzzTokens, unitId: string): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...routes).chain((route) =>
    fc
      .record({
        path: route.path,
        auth: authorization(tokens),
        body:
          route.json || route.name.startsWith('upload') ? body(route, unitId) : fc.constant({ what: 'none' } as const),
        tus: route.name.startsWith('upload') ? tusHeaders : fc.constant({}),
        lang: fc.constantFrom(undefined, 'en', 'id', 'xx', '*;q=0', 'en;q=abc'),
      })
      .map(({ path, auth, body: b, tus, lang }): FuzzRequest => {
        const headers: Record<string, string> = { ...tus };
        if (auth !== undefined) headers.authorization = auth;
        if (lang !== undefined) headers['accept-language'] = lang;
        if ('contentType' in b && b.contentType) headers['content-type'] = b.contentType;
        if ('encoding' in b && b.encoding) headers['content-encoding'] = b.encoding;
        const request: FuzzRequest = { method: route.method, path, headers, kind: `${route.name}/${b.what}` };
        if ('bytes' in b && b.bytes) request.body = b.bytes;
        return request;
      }),
  );
}

/** Fixed hostile requests every run sends once, whatever the random draw. */
export function fixedRequests(tokens: FuzzTokens): FuzzRequest[] {
  const auth = { authorization: `Bearer ${tokens.hq}` };
  const dev = { authorization: `Bearer ${tokens.device}` };
  const list: FuzzRequest[] = [];
  for (const t of traversal) {
    list.push({ method: 'GET', path: `/api/v1/blobs/${t}`, headers: dev, kind: 'fixed/blob-traversal' });
    list.push({ method: 'GET', path: `/api/v1/blobs/${t}`, headers: auth, kind: 'fixed/blob-traversal' });
    list.push({
      method: 'GET',
      path: `/api/v1/records/sim_applications/${t}`,
      headers: auth,
      kind: 'fixed/record-traversal',
    });
    list.push({ method: 'GET', path: `/api/v1/records/${t}/x`, headers: auth, kind: 'fixed/entity-traversal' });
    list.push({
      method: 'GET',
      path: `/api/v1/records/sim_applications/${t}/history`,
      headers: auth,
      kind: 'fixed/history-traversal',
    });
    list.push({
      method: 'HEAD',
      path: `/api/v1/uploads/${t}`,
      headers: { ...dev, 'tus-resumable': '1.0.0' },
      kind: 'fixed/upload-traversal',
    });
    list.push({ method: 'GET', path: `/api/${t}`, headers: {}, kind: 'fixed/api-traversal' });
  }
  list.push({ method: 'GET', path: '/api/v1/blobs/..%2f..%2fetc%2fpasswd', headers: dev, kind: 'fixed/brief' });
  list.push({ method: 'GET', path: '/api/v1/records/sim_applications/..%2f..', headers: auth, kind: 'fixed/brief' });
  list.push({ method: 'GET', path: '/../../etc/passwd', headers: {}, kind: 'fixed/raw-dotdot' });
  list.push({
    method: 'GET',
    path: '/api/v1/sync/pull?since=%ff%fe&limit=1',
    headers: dev,
    kind: 'fixed/bad-query-encoding',
  });
  list.push({
    method: 'GET',
    path: '/api/v1/sync/pull?since[a]=1&limit[]=2',
    headers: dev,
    kind: 'fixed/query-object',
  });
  list.push({
    method: 'GET',
    path: '/api/v1/records/sim_applications?q[$gt]=&limit=1e400',
    headers: auth,
    kind: 'fixed/query-object',
  });
  return list;
}
