// Summarises the server's CPU profile from a profiling run:
//
//   BENCH_CPU_PROF=/tmp/prof BENCH_ONLY=P1 npm run bench
//   node_modules/.bin/tsx bench/profile.ts /tmp/prof [top]
//
// For each measured load (bench/harness/probe.ts writes their windows to windows.jsonl beside the
// profile) it prints where the server's sampled time went: by package (node_modules/<name>, node:
// internals, the compiled .next chunks, idle, GC), the functions with the most self time, and the
// functions with the most inclusive time (on the stack at all). Frames in the build's minified
// chunks are named by their source maps (`lib/charges/create.ts:40`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Window {
  name: string;
  startUs: number;
  endUs: number;
}

const [dir, topArgument] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx bench/profile.ts <directory of a BENCH_CPU_PROF run> [top]');
  process.exit(2);
}
const top = Number(topArgument ?? 20);
const windows = readFileSync(join(dir, 'windows.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Window);
// The server's profile is the biggest: tsx's launcher process writes one too, almost empty.
const [file] = readdirSync(dir)
  .filter((name) => name.endsWith('.cpuprofile'))
  .map((name) => join(dir, name))
  .sort((a, b) => readFileSync(b).length - readFileSync(a).length);
if (!file) throw new Error(`no .cpuprofile in ${dir}`);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

const sourceMaps = new Map<string, SourceMap | null>();
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

// Rounds of one measurement share a name: summarised together, in the order they first ran.
const byName = new Map<string, Window[]>();
for (const window of windows) byName.set(window.name, [...(byName.get(window.name) ?? []), window]);
for (const [name, group] of byName) summarise(name, group);

function summarise(name: string, group: Window[]) {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((nodeId, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (!group.some((window) => at >= window.startUs && at <= window.endUs)) return;
    const node = byId.get(nodeId)!;
    total += delta;
    add(self, functionKey(node), delta);
    add(packages, packageOf(node), delta);
    const seen = new Set<string>();
    for (let current: number | undefined = nodeId; current !== undefined; current = parent.get(current)) {
      const key = functionKey(byId.get(current)!);
      if (!seen.has(key)) add(inclusive, key, delta);
      seen.add(key);
    }
  });
  const busy = total - (packages.get('(idle)') ?? 0);
  const line = ([name, us]: [string, number]) => `${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(2).padStart(6)} s  ${name}`;
  const head = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(line).join('\n');
  console.log(`\n=== ${name}: ${(total / 1e6).toFixed(1)} s sampled, ${((busy / total) * 100).toFixed(0)} % busy`);
  console.log(`\nSelf time by package:\n${head(packages)}`);
  console.log(`\nSelf time by function:\n${head(self)}`);
  console.log(`\nInclusive time by function (outside node internals):\n${head(new Map([...inclusive].filter(([key]) => !key.includes('node:'))))}`);
}

function add(map: Map<string, number>, key: string, value: number) {
  map.set(key, (map.get(key) ?? 0) + value);
}

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  if (!url) return functionName || '(anonymous)';
  const original = (url.includes('/.next/') ? sourceMapOf(url)?.findEntry(lineNumber, columnNumber) : undefined) as
    | { originalSource?: string; originalLine: number; name?: string }
    | undefined;
  if (original?.originalSource) {
    const source = original.originalSource.replace(/^(\.\.\/)+/, '').replace(/^turbopack:\/\/\/\[project\]\//, '');
    const name = original.name ?? functionName;
    return `${name || '(anonymous)'}  ${source}:${original.originalLine + 1}`;
  }
  return `${functionName || '(anonymous)'}  ${shortUrl(url)}:${lineNumber + 1}`;
}


function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const path = `${url.startsWith('file:') ? fileURLToPath(url) : url}.map`;
      if (existsSync(path)) map = new SourceMap(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      // No usable map: the minified name stays.
    }
    sourceMaps.set(url, map);
  }
  return sourceMaps.get(url)!;
}

function packageOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node: internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const next = url.indexOf('/.next/');
  if (next >= 0) {
    // The app's code and the packages bundled with it, told apart by the source map.
    const key = functionKey(node).split('  ')[1] ?? '';
    if (key.includes('node_modules/')) return `${key.slice(key.lastIndexOf('node_modules/') + 13).split('/')[0]} (bundled)`;
    return key && !key.startsWith('.next') && !key.includes('.next/') ? `app: ${key.split('/').slice(0, 2).join('/').replace(/:\d+$/, '')}` : '.next (unmapped)';
  }
  return shortUrl(url).split('/').slice(0, 2).join('/');
}

function shortUrl(url: string): string {
  return url.replace(`file://${process.cwd()}/`, '').replace(/^.*node_modules\//, '');
}
