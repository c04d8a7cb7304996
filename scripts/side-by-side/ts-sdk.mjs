// The official TypeScript SDK listing every batch with its own auto-pager.
//
//   LETTA_BASE_URL=http://127.0.0.1:PORT node ts-sdk.mjs jsonl|count [pageSize]
//
// jsonl: each whole batch object as one JSON line on stdout; count: only the number of batches.
// The SDK reads LETTA_BASE_URL (and LETTA_API_KEY, unset here: no Authorization header is sent).
//
// Its pager (ArrayPage in core/pagination) always asks for the next page with after=<id of the last
// item> and stops only on an empty page. The server's cursors are chronological, so this pages
// correctly only with order=asc; with the default desc it would re-read the newest page.
import Letta from '@letta-ai/letta-client';

const mode = process.argv[2];
const pageSize = Number(process.argv[3] ?? 1000);
if (mode !== 'jsonl' && mode !== 'count') throw new Error('usage: node ts-sdk.mjs jsonl|count [pageSize]');

const client = new Letta();
let count = 0;
if (mode === 'count') {
  for await (const _batch of client.batches.list({ limit: pageSize, order: 'asc' })) count++;
  process.stdout.write(`${count}\n`);
} else {
  // Lines are gathered into ~64 KiB writes, as any sensible Node program would; stdout to a file or
  // /dev/null is written synchronously by Node, so no back-pressure handling is needed.
  let buffer = '';
  for await (const batch of client.batches.list({ limit: pageSize, order: 'asc' })) {
    buffer += JSON.stringify(batch) + '\n';
    if (buffer.length >= 65536) { process.stdout.write(buffer); buffer = ''; }
    count++;
  }
  process.stdout.write(buffer);
}
