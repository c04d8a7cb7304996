#!/usr/bin/env python3
"""Runs the contenders against an already started server in alternating rounds and prints medians.

    measure.py --url URL --batches N --cli PATH [--rounds 5] [--page-size 1000] [--verify]
               [--contenders floor,cli-jsonl,...] [--results DIR]

Called by run.sh, which installs, builds and starts the server. Each run is one process whose wall
time (start to exit) and peak resident set size (GNU time's %M, the process's ru_maxrss: the apphost
and node each run in one process) are recorded. Every round runs every contender once, in an order
rotated by one each round, so slow phases of a shared machine are spread over all contenders alike.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


FORMATS = ('table', 'csv', 'json', 'jsonl', 'count')


def contenders(cli, page_size):
    """The one place that says how each contender is invoked (the CLI's flags may change later)."""
    p = str(page_size)
    table = {
        # the server and the loopback transfer alone: same pages, bodies dropped unparsed
        'floor': ['node', os.path.join(HERE, 'floor.mjs'), p],
        # small listings as people run them: no options at all (the CLI: its default table, newest first,
        # the server's default page; the SDK: order=asc, which it needs to page correctly, no limit)
        'floor-default': ['node', os.path.join(HERE, 'floor.mjs'), 'default'],
        'cli-default': [cli],
        'ts-default': ['node', os.path.join(HERE, 'ts-sdk.mjs'), 'table', 'default'],
    }
    for f in FORMATS:
        # letta-batches, configured through LETTA_BASE_URL only (no key)
        table[f'cli-{f}'] = [cli, '--format', f, '--order', 'asc', '--page-size', p]
        # the official TypeScript SDK's own pager; only order=asc pages correctly (see ts-sdk.mjs)
        table[f'ts-{f}'] = ['node', os.path.join(HERE, 'ts-sdk.mjs'), f, p]
    return table


def run(argv, env, stdout_path, stderr_path):
    """Runs one contender; returns (wall seconds, peak RSS in KiB). Fails loudly on a non-zero exit.

    The peak RSS comes from GNU time (%M, its child's ru_maxrss), not from our own os.wait4: Linux carries
    a process's peak RSS across exec, so a child forked straight from this Python process would report at
    least Python's own size (which grows to ~150 MB while --verify reads 100,000 lines). GNU time is ~2 MB.
    """
    rss_path = stderr_path + '.rss'
    with open(stdout_path, 'wb') as out, open(stderr_path, 'wb') as err:
        started = time.perf_counter()
        code = subprocess.call(['/usr/bin/time', '-f', '%M', '-o', rss_path, *argv],
                               stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        wall = time.perf_counter() - started
    if code != 0:
        with open(stderr_path, errors='replace') as err:
            sys.exit(f'{" ".join(argv)} exited with {code}:\n{err.read()[-2000:]}')
    with open(rss_path) as rss:
        return wall, int(rss.read().split()[-1])  # KiB


def served(url):
    """How often each row was served since the last call (the server resets its counters)."""
    with urllib.request.urlopen(url + '/_served') as response:
        return json.load(response)


def verify(name, stdout_path, report, n):
    """Each contender must list exactly N unique batches, each served once."""
    problems = []
    if report['distinct'] != n or report['total'] != n:
        problems.append(f"server served {report['distinct']} distinct rows {report['total']} times (want {n} once each)")
    text = open(stdout_path, 'rb').read()
    if name.startswith('floor'):
        pass  # it prints only what it fetched; the server's report above is its check
    elif name.endswith('-jsonl'):
        ids = [json.loads(line)['id'] for line in text.splitlines() if line.strip()]
        if len(ids) != n or len(set(ids)) != n:
            problems.append(f'{len(ids)} lines, {len(set(ids))} unique ids (want {n})')
    elif name.endswith('-json'):
        ids = [b['id'] for b in json.loads(text)]
        if len(ids) != n or len(set(ids)) != n:
            problems.append(f'{len(ids)} array items, {len(set(ids))} unique ids (want {n})')
    elif name.endswith('-table') or name.endswith('-csv') or name.endswith('-default'):
        rows = [line for line in text.splitlines()[1:] if line.strip()]
        ids = [line.split(b',' if name.endswith('-csv') else None, 1)[0] for line in rows]
        if len(ids) != n or len(set(ids)) != n:
            problems.append(f'{len(ids)} rows, {len(set(ids))} unique ids (want {n})')
    elif name.endswith('-count'):
        if text.strip() != str(n).encode():
            problems.append(f'printed {text.strip()[:80]!r} (want {n})')
    detail = '; '.join(problems) or f'{n} unique ids, each row served once'
    print(f'  verify {name:<10} {"ok  " if not problems else "FAIL"} {detail}')
    return not problems


def machine(cli):
    def sh(*argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return '?'
    cpu = next((line.split(':', 1)[1].strip() for line in open('/proc/cpuinfo') if line.startswith('model name')), platform.processor())
    mem = next(int(line.split()[1]) for line in open('/proc/meminfo') if line.startswith('MemTotal'))
    runtimes = [line.split()[1] for line in sh('dotnet', '--list-runtimes').splitlines() if line.startswith('Microsoft.NETCore.App')]
    sdk = json.load(open(os.path.join(HERE, 'node_modules/@letta-ai/letta-client/package.json')))['version']
    head = sh('git', '-C', HERE, 'rev-parse', '--short', 'HEAD')
    dirty = ' (+ uncommitted changes)' if sh('git', '-C', HERE, 'status', '--porcelain', '--', '../../src') not in ('', '?') else ''
    print(f'machine: {os.cpu_count()} CPUs (nproc {sh("nproc")}), {cpu}, {mem / 1024 / 1024:.1f} GiB, '
          f'load average {" ".join(f"{x:.2f}" for x in os.getloadavg())}')
    print(f'tools:   .NET SDK {sh("dotnet", "--version")} (runtime {", ".join(runtimes)}), node {sh("node", "--version")}, '
          f'@letta-ai/letta-client {sdk}')
    print(f'cli:     {cli} (checkout {head}{dirty})')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--url', required=True)
    parser.add_argument('--batches', type=int, required=True)
    parser.add_argument('--cli', required=True)
    parser.add_argument('--rounds', type=int, default=5)
    parser.add_argument('--page-size', type=int, default=1000)
    parser.add_argument('--verify', action='store_true')
    parser.add_argument('--contenders', default='floor,' + ','.join(f'cli-{f},ts-{f}' for f in FORMATS))
    parser.add_argument('--results', default=os.path.join(HERE, 'results'))
    args = parser.parse_args()

    table = contenders(args.cli, args.page_size)
    names = args.contenders.split(',')
    unknown = [n for n in names if n not in table]
    if unknown:
        sys.exit(f'unknown contenders {unknown}; known: {",".join(table)}')
    os.makedirs(args.results, exist_ok=True)
    # Only the server's address: no key, no custom headers, no SDK logging from the caller's shell.
    env = {k: v for k, v in os.environ.items() if not k.startswith('LETTA_')}
    env['LETTA_BASE_URL'] = args.url
    sink = os.devnull  # every contender writes to the same sink
    err = lambda name: os.path.join(args.results, f'{name}.stderr')

    machine(args.cli)
    print(f'listing: {args.batches:,} batches, page size {args.page_size}, order=asc (the -default contenders: no options), stdout to {sink}; '
          f'{args.rounds} round{"s" if args.rounds != 1 else ""} of {", ".join(names)}')
    sys.stdout.flush()

    # One unmeasured pass first (files into the page cache, the server warm); with --verify it checks too.
    served(args.url)
    ok = True
    for name in names:
        out = os.path.join(args.results, f'{name}.verify.out') if args.verify else sink
        run(table[name], env, out, err(name))
        if args.verify:
            ok &= verify(name, out, served(args.url), args.batches)
            os.remove(out)
    if not ok:
        sys.exit('verification failed')

    samples = {name: [] for name in names}
    raw = open(os.path.join(args.results, f'runs-{args.batches}-{time.strftime("%Y%m%d-%H%M%S")}.tsv'), 'w')
    raw.write('round\tcontender\twall_s\tpeak_rss_kib\n')
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            wall, rss = run(table[name], env, sink, err(name))
            samples[name].append((wall, rss))
            raw.write(f'{r + 1}\t{name}\t{wall:.3f}\t{rss}\n')
        print(f'  round {r + 1}: ' + '  '.join(f'{n} {samples[n][-1][0]:.2f}s' for n in order))
        sys.stdout.flush()
    raw.close()

    # GNU time reports KiB: / 1024 is MiB.
    median = {n: (statistics.median(w for w, _ in s), statistics.median(m for _, m in s) / 1024) for n, s in samples.items()}
    floor = median.get('floor', median.get('floor-default', (None,)))[0]
    print()
    print(f'{"contender":<10} | {"wall median":>11} | {"min-max":>13} | {"over floor":>10} | {"peak RSS median":>15} | {"min-max":>13}')
    for name, s in samples.items():
        walls, rsss = [w for w, _ in s], [m / 1024 for _, m in s]
        over = f'{median[name][0] - floor:.2f} s' if floor is not None and not name.startswith('floor') else '-'
        print(f'{name:<10} | {median[name][0]:>9.2f} s | {f"{min(walls):.2f}-{max(walls):.2f} s":>13} | {over:>10} | '
              f'{median[name][1]:>11.1f} MiB | {f"{min(rsss):.0f}-{max(rsss):.0f} MiB":>11}')

    # Last, the ratios the targets are about. Large listings (every format): wall <= 0.6x and peak RSS
    # <= 0.5x of the TS SDK; small ones with default options: wall <= 0.3x. The floor's ratio says how
    # much of the SDK's time the server and the transfer alone take.
    print()
    for mode in FORMATS + ('default',):
        cli, ts = f'cli-{mode}', f'ts-{mode}'
        if cli in median and ts in median:
            w, m = median[cli][0] / median[ts][0], median[cli][1] / median[ts][1]
            floor_name = 'floor-default' if mode == 'default' else 'floor'
            fl = f', floor/TS wall {median[floor_name][0] / median[ts][0]:.2f}' if floor_name in median else ''
            if mode == 'default':
                print(f'ratio CLI/TS {mode:<7}: wall {w:.2f} (target <= 0.30: {"met" if w <= 0.3 else "not met"}), '
                      f'peak RSS {m:.2f}{fl}')
            else:
                print(f'ratio CLI/TS {mode:<7}: wall {w:.2f} (target <= 0.60: {"met" if w <= 0.6 else "not met"}), '
                      f'peak RSS {m:.2f} (target <= 0.50: {"met" if m <= 0.5 else "not met"}){fl}')


if __name__ == '__main__':
    main()
