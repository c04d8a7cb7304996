// The floor: what the server and the loopback transfer alone cost. Pages through every batch exactly
// like the contenders (same page size, order=asc, after=<last id>, stop on an empty page) over one
// keep-alive connection, but never parses a body: the next cursor is found by searching the body's
// tail for the last '{"id":"' (every row starts with its id), and the bytes are dropped.
//
//   LETTA_BASE_URL=http://127.0.0.1:PORT node floor.mjs [pageSize|default]
// ("default" leaves `limit` out: the server's default page of 100, as the -default contenders page)
// prints "<requests> requests, <bytes> bytes" on stdout.
import http from 'node:http';

const base = new URL(process.env.LETTA_BASE_URL);
const pageArg = process.argv[2] ?? '1000';
const limit = pageArg === 'default' ? '' : `limit=${Number(pageArg)}&`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const MARK = Buffer.from('{"id":"');
const TAIL = 4096; // far more than one row (~600 bytes), so the last row's id is always in the tail

function page(after) {
  const path = `/v1/messages/batches?${limit}order=asc` + (after ? `&after=${encodeURIComponent(after)}` : '');
  return new Promise((resolve, reject) => {
    http.get({ host: base.hostname, port: base.port, path, agent, headers: { accept: 'application/json' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${path}`));
      let tail = Buffer.alloc(0), bytes = 0;
      res.on('data', (chunk) => {
        bytes += chunk.length;
        tail = chunk.length >= TAIL ? chunk : Buffer.concat([tail, chunk]).subarray(-TAIL);
      });
      res.on('end', () => {
        const at = tail.lastIndexOf(MARK);
        const last = at < 0 ? null : tail.toString('latin1', at + MARK.length, tail.indexOf(0x22, at + MARK.length));
        resolve({ last, bytes });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

let after = null, requests = 0, total = 0;
for (;;) {
  const { last, bytes } = await page(after);
  requests++;
  total += bytes;
  if (last === null) break; // "[]": the empty page that ends every listing
  after = last;
}
agent.destroy();
process.stdout.write(`${requests} requests, ${total} bytes\n`);
