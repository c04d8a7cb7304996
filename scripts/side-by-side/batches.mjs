// Deterministic, realistic BatchJob rows, shaped like what the open-source Letta server sends for
// GET /v1/messages/batches (see tests/Letta.Generated.Tests/TestData/realistic-page.json):
// every field present, nulls kept, user_id as an extra field, ids "job-<uuid>", only the listed
// statuses (created, running), created_at/updated_at with six fraction digits and "Z" (the fraction
// left out when it is zero), completed_at/callback_sent_at without an offset, callback_url often the
// string "None", metadata {"job_type":"batch_messages"}, 64-bit durations (mostly above 2^31 ns).
//
// makeBatches(n, onRow) calls onRow(id, json) for n rows in the server's order: (created_at, id)
// ascending. About one row in eight shares its created_at with the one before, so ties are broken by id.

// mulberry32: a tiny seeded PRNG, so every run serves the same bytes.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOP_REASONS = ['end_turn', 'error', 'llm_api_error', 'invalid_llm_response', 'invalid_tool_call', 'max_steps',
  'max_tokens_exceeded', 'no_tool_call', 'tool_rule', 'cancelled', 'insufficient_credits', 'requires_approval',
  'context_window_overflow_in_system_prompt'];

const pad = (n, w) => String(n).padStart(w, '0');

// Python's datetime.isoformat(): microseconds only when non-zero, then the zone suffix ('Z' or none).
function iso(micros, suffix) {
  const d = new Date(Math.floor(micros / 1000));
  const us = micros % 1_000_000;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T${pad(d.getUTCHours(), 2)}:` +
    `${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}${us ? '.' + pad(us, 6) : ''}${suffix}`;
}

export function makeBatches(n, onRow, seed = 42) {
  const random = prng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo)); // [lo, hi)
  const chance = (p) => random() < p;
  const hex = (k) => { let s = ''; for (let i = 0; i < k; i++) s += '0123456789abcdef'[int(0, 16)]; return s; };
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 4)]}${hex(3)}-${hex(12)}`;
  const userId = `user-${uuid()}`;

  let clock = Date.UTC(2025, 0, 2, 3, 4, 5) * 1000; // microseconds
  const row = (id, createdAt) => {
    const running = chance(0.5);
    const completedAt = chance(0.1) ? createdAt + int(50_000, 600_000_000) : null;
    const url = chance(0.7) ? 'None' : chance(0.6) ? `https://hooks.example.com/letta/${hex(16)}` : null;
    const sent = completedAt !== null && url !== null && url !== 'None' && chance(0.8);
    const failed = sent && chance(0.3);
    const batch = {
      id,
      user_id: userId,
      agent_id: chance(0.3) ? `agent-${uuid()}` : null,
      background: chance(0.2) ? null : chance(0.5),
      callback_error: failed ? 'Callback endpoint returned 502 Bad Gateway' : null,
      callback_sent_at: sent ? iso(completedAt + int(1_000, 900_000), '') : null,
      callback_status_code: sent ? (failed ? 502 : 200) : null,
      callback_url: url,
      completed_at: completedAt === null ? null : iso(completedAt, ''),
      created_at: iso(createdAt, 'Z'),
      created_by_id: chance(0.8) ? userId : null,
      job_type: 'batch',
      last_updated_by_id: chance(0.7) ? userId : null,
      metadata: chance(0.9) ? { job_type: 'batch_messages' } : { job_type: 'batch_messages', source: 'nightly', when: iso(createdAt, 'Z') },
      status: running ? 'running' : 'created',
      stop_reason: chance(0.6) ? null : STOP_REASONS[int(0, STOP_REASONS.length)],
      // 64-bit in the database: durations of a few seconds are above 2^31 ns.
      total_duration_ns: chance(0.85) ? 2_200_000_000 + int(0, 600_000_000_000) : null,
      ttft_ns: chance(0.8) ? int(40_000_000, 4_000_000_000) : null,
      updated_at: chance(0.85) ? iso((completedAt ?? createdAt) + int(0, 2_000_000), 'Z') : null,
    };
    onRow(id, JSON.stringify(batch));
  };

  for (let i = 0; i < n;) {
    if (i > 0) {
      // Whole seconds now and then, so the "fraction left out" format shows up.
      clock = chance(0.15) ? (Math.floor(clock / 1e6) + 1 + int(0, 3)) * 1e6 : clock + int(1, 3_000_000);
    }
    if (i + 1 < n && chance(0.125)) {
      // Two batches created in the same microsecond: the server orders them by id.
      const [a, b] = [`job-${uuid()}`, `job-${uuid()}`].sort();
      row(a, clock);
      row(b, clock);
      i += 2;
    } else {
      row(`job-${uuid()}`, clock);
      i += 1;
    }
  }
}
