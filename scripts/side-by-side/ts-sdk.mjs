// The official TypeScript SDK listing every batch with its own auto-pager.
//
//   LETTA_BASE_URL=http://127.0.0.1:PORT node ts-sdk.mjs table|csv|json|jsonl|count [pageSize]
//
// What a TypeScript user would write for each of letta-batches' formats, with the SDK's pager:
//   table: one padded row per batch (ID, STATUS, STOP REASON, CREATED (UTC) to the second, DURATION), as
//          letta-batches' default table shows them (its AGENT column aside);
//   csv:   the 14 columns letta-batches' csv writes, quoted only where needed;
//   json:  one JSON array of the whole batch objects (JSON.stringify), streamed;
//   jsonl: each whole batch object as one JSON line;
//   count: only the number of batches.
// Output is gathered into ~64 KiB writes, as any sensible Node program would; stdout to a file or
// /dev/null is written synchronously by Node, so no back-pressure handling is needed.
// pageSize "default" leaves `limit` out (the server's default page of 100), as a caller who passes no
// options would.
//
// The SDK reads LETTA_BASE_URL (and LETTA_API_KEY, unset here: no Authorization header is sent).
// Its pager (ArrayPage in core/pagination) always asks for the next page with after=<id of the last
// item> and stops only on an empty page. The server's cursors are chronological, so this pages
// correctly only with order=asc; with the default desc it would re-read the newest page.
import Letta from '@letta-ai/letta-client';

const mode = process.argv[2];
const pageArg = process.argv[3] ?? '1000';
const modes = ['table', 'csv', 'json', 'jsonl', 'count'];
if (!modes.includes(mode)) throw new Error(`usage: node ts-sdk.mjs ${modes.join('|')} [pageSize|default]`);
const query = pageArg === 'default' ? { order: 'asc' } : { limit: Number(pageArg), order: 'asc' };

const client = new Letta();
let buffer = '';
const emit = (text) => {
  buffer += text;
  if (buffer.length >= 65536) { process.stdout.write(buffer); buffer = ''; }
};

const seconds = (iso) => (iso ? new Date(iso.endsWith('Z') || /[+-]\d\d:\d\d$/.test(iso) ? iso : iso + 'Z').toISOString().slice(0, 19) + 'Z' : '-');
const duration = (ns) => {
  if (ns == null) return '-';
  const ms = ns / 1e6;
  if (ms < 1000) return `${Math.floor(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${(Math.floor(s * 10) / 10).toFixed(1)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(Math.floor(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};
const csvCell = (v) => {
  if (v == null) return '';
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

let count = 0;
const batches = client.batches.list(query);
if (mode === 'count') {
  for await (const _batch of batches) count++;
  process.stdout.write(`${count}\n`);
} else if (mode === 'jsonl') {
  for await (const batch of batches) emit(JSON.stringify(batch) + '\n');
} else if (mode === 'json') {
  emit('[');
  for await (const batch of batches) emit((count++ === 0 ? '\n' : ',\n') + JSON.stringify(batch));
  emit(count ? '\n]\n' : ']\n');
} else if (mode === 'csv') {
  emit('id,status,stop_reason,job_type,agent_id,created_at,updated_at,completed_at,total_duration,time_to_first_token,callback_url,callback_sent_at,callback_status_code,callback_error\n');
  for await (const b of batches) {
    emit([b.id, b.status, b.stop_reason, b.job_type, b.agent_id, b.created_at, b.updated_at, b.completed_at,
      b.total_duration_ns == null ? null : duration(b.total_duration_ns), b.ttft_ns == null ? null : duration(b.ttft_ns),
      b.callback_url, b.callback_sent_at, b.callback_status_code, b.callback_error].map(csvCell).join(',') + '\n');
  }
} else {
  emit(`${'ID'.padEnd(42)}  ${'STATUS'.padEnd(9)}  ${'STOP REASON'.padEnd(26)}  ${'CREATED (UTC)'.padEnd(20)}  DURATION\n`);
  for await (const b of batches) {
    emit(`${b.id.padEnd(42)}  ${(b.status ?? '-').padEnd(9)}  ${(b.stop_reason ?? '-').padEnd(26)}  ${seconds(b.created_at).padEnd(20)}  ${duration(b.total_duration_ns)}\n`);
  }
}
process.stdout.write(buffer);
