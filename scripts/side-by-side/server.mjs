// A fast Letta-compatible server for GET /v1/messages/batches, used as the common opponent of every
// contender in the side-by-side run. It must cost as little as possible per request, so that the
// clients' differences are what the timings show:
//
//   * every batch is serialized once at start-up into one big buffer, oldest first, with the commas
//     between them, so an ascending page is a zero-copy slice: '[' + slice + ']';
//   * descending pages (not used by the benchmark, kept for correct semantics) copy their rows;
//   * HTTP keep-alive, a content-length on every response, no logging.
//
// Semantics are those of the last open-source Letta server (see shared/letta-server-behaviour.md):
// order asc/desc by (created_at, id), default desc; limit default 100, 0 = every row; cursors are
// chronological whatever the order (before=X: older than X, after=X: newer than X; both: a window);
// an unknown cursor is a 400 {"detail":"Job with id X not found"}; the body is a bare JSON array.
//
//   node server.mjs [--batches N] [--port P]
// prints "listening <url>" on stdout once ready. GET /_served returns (and resets) how often each row
// was served since the last call, which the harness's --verify uses for the contenders that only count.
import http from 'node:http';
import { makeBatches } from './batches.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = option('--batches', 100_000);
const PORT = option('--port', 0);

// ---- the data: rows already in (created_at, id) order, serialized once ----
const t0 = process.hrtime.bigint();
const index = new Map(); // id -> row
const start = new Float64Array(N); // byte offset of row i in `all`
const end = new Float64Array(N); //   its end (exclusive)
let all = Buffer.allocUnsafe(Math.max(1024, N * 900));
let used = 0;
let i = 0;
makeBatches(N, (id, json) => {
  index.set(id, i);
  if (i > 0) all[used++] = 0x2c; // ','
  const need = json.length + 1;
  if (used + need > all.length) {
    const bigger = Buffer.allocUnsafe(Math.ceil((used + need) * 1.5));
    all.copy(bigger, 0, 0, used);
    all = bigger;
  }
  start[i] = used;
  used += all.write(json, used, 'latin1'); // the generator emits ASCII only
  end[i] = used;
  i++;
});
all = all.subarray(0, used);
const served = new Uint8Array(N); // saturating per-row counters for /_served

const OPEN = Buffer.from('['), CLOSE = Buffer.from(']'), COMMA = Buffer.from(',');

function send(res, status, chunks) {
  let length = 0;
  for (const c of chunks) length += c.length;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': length });
  res.cork();
  for (const c of chunks) res.write(c);
  res.end();
  res.uncork();
}
const json = (res, status, value) => send(res, status, [Buffer.from(JSON.stringify(value))]);
const detail = (res, status, text) => json(res, status, { detail: text });

function listBatches(query, res) {
  const order = query.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') return json(res, 422, { detail: [{ loc: ['query', 'order'], msg: "Input should be 'asc' or 'desc'", type: 'literal_error' }] });
  const limitText = query.get('limit');
  const limit = limitText === null ? 100 : Number(limitText);
  if (!Number.isInteger(limit) || limitText === '') return json(res, 422, { detail: [{ loc: ['query', 'limit'], msg: 'Input should be a valid integer', type: 'int_parsing' }] });
  if (limit < 0) return detail(res, 500, 'An unknown error occurred');

  // The chronological window [lo, hi) of row numbers; empty cursor values are ignored like upstream.
  let lo = 0, hi = N;
  for (const [name, isAfter] of [['after', true], ['before', false]]) {
    const id = query.get(name);
    if (!id) continue;
    const row = index.get(id);
    if (row === undefined) return detail(res, 400, `Job with id ${id} not found`);
    if (isAfter) lo = row + 1; else hi = row;
  }
  if (lo > hi) return detail(res, 400, 'Invalid cursor window: after is not older than before');

  const count = limit === 0 ? hi - lo : Math.min(limit, hi - lo);
  if (count === 0) return send(res, 200, [OPEN, CLOSE]);
  let first, last; // rows served, inclusive
  if (order === 'asc') { first = lo; last = lo + count - 1; } else { first = hi - count; last = hi - 1; }
  for (let i = first; i <= last; i++) if (served[i] < 255) served[i]++;
  if (order === 'asc') return send(res, 200, [OPEN, all.subarray(start[first], end[last]), CLOSE]);
  const chunks = [OPEN];
  for (let i = last; i >= first; i--) {
    if (i !== last) chunks.push(COMMA);
    chunks.push(all.subarray(start[i], end[i]));
  }
  chunks.push(CLOSE);
  return send(res, 200, [Buffer.concat(chunks)]);
}

function servedReport(res) {
  let distinct = 0, total = 0, repeated = 0;
  for (let i = 0; i < N; i++) {
    const c = served[i];
    if (c) { distinct++; total += c; if (c > 1) repeated++; }
  }
  served.fill(0);
  json(res, 200, { batches: N, distinct, total, repeated });
}

const server = http.createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'GET' && (url.pathname === '/v1/messages/batches' || url.pathname === '/v1/messages/batches/')) return listBatches(url.searchParams, res);
  if (req.method === 'GET' && url.pathname === '/_served') return servedReport(res);
  if (req.method === 'GET' && url.pathname === '/v1/health/') return json(res, 200, { version: 'side-by-side', status: 'ok' });
  return detail(res, 404, 'Not Found');
});
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(PORT, '127.0.0.1', () => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stderr.write(`server: ${N} batches, ${(used / 1e6).toFixed(1)} MB of JSON, ready in ${ms.toFixed(0)} ms\n`);
  process.stdout.write(`listening http://127.0.0.1:${server.address().port}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections(); // idle keep-alive connections would hold close() open
  });
}
