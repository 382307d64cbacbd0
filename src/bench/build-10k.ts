/**
 * The corpus benchmark: builds N synthetic ~4 KB articles (default 10,000) with the CLI (extraction
 * workers beside the merging thread share the cores) and in-process (one thread, as the app's Web Worker does), and prints articles/s, wall
 * and CPU time and peak memory. Run: `npx tsx src/bench/build-10k.ts [N]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consolidateEntities, createCorpusMerger, extractArticle, outletDirectory } from '../corpus';
import { createGraph } from '../model';
import { parseJsonl } from '../ingest';
import { syntheticArticles } from './synthetic-articles';

const FILES = 20;

function writeCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-10k-'));
  mkdirSync(join(dir, 'corpus'));
  const lines: string[][] = Array.from({ length: FILES }, () => []);
  let i = 0;
  for (const article of syntheticArticles(count, { seed: 42 })) lines[i++ % FILES]!.push(JSON.stringify(article));
  lines.forEach((l, f) =>
    writeFileSync(join(dir, 'corpus', `part-${String(f).padStart(2, '0')}.jsonl`), l.join('\n') + '\n'),
  );
  return dir;
}

interface Run {
  wall: number;
  cpu: number;
  peakMb: number;
  articles: number;
}

/** Runs `node <args>` under GNU time for wall clock, CPU and peak RSS of the whole process (workers included). */
function timed(args: string[]): Run & { stdout: string } {
  const stderrFile = join(tmpdir(), `sourcetrace-time-${process.pid}.txt`);
  const stdout = execFileSync('/usr/bin/time', ['-v', '-o', stderrFile, process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const report = readFileSync(stderrFile, 'utf8');
  const field = (name: string) => report.match(new RegExp(`${name}: ([\\d.:]+)`))?.[1] ?? '0';
  const [m = '0', s = '0'] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').slice(-2);
  return {
    wall: Number(m) * 60 + Number(s),
    cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    articles: Number(stdout.match(/"articles":(\d+)/)?.[1] ?? stdout.match(/\((\d+) extracted\)/)?.[1] ?? 0),
    stdout,
  };
}

/**
 * In-process mode (run in a child so its memory is measured alone): read the JSONL parts, extract and merge
 * each article, then the corpus-wide steps, timed apart: the cross-article entity merge on its own, then
 * claim clustering.
 */
function inProcess(dir: string): void {
  const articles = [];
  for (let f = 0; f < FILES; f++) {
    const file = join(dir, 'corpus', `part-${String(f).padStart(2, '0')}.jsonl`);
    articles.push(...parseJsonl(readFileSync(file, 'utf8'), file).articles);
  }
  const graph = createGraph();
  const merger = createCorpusMerger(graph);
  let t = performance.now();
  for (const article of articles) merger.add({ result: extractArticle(article) });
  const extractMs = performance.now() - t;
  t = performance.now();
  const entitiesMerged = consolidateEntities(graph, outletDirectory());
  const entityMergeMs = performance.now() - t;
  t = performance.now();
  const report = merger.finish();
  const finishMs = performance.now() - t;
  process.stdout.write(
    JSON.stringify({
      articles: report.added.length,
      nodes: graph.order,
      edges: graph.size,
      folded: report.claimsFolded,
      entitiesMerged,
      extractMsPerArticle: +(extractMs / articles.length).toFixed(2),
      entityMergeMs: Math.round(entityMergeMs),
      clusterMs: Math.round(finishMs),
    }) + '\n',
  );
}

function main(): void {
  if (process.argv[2] === '--in-process') return inProcess(process.argv[3]!);
  const count = Number(process.argv[2] ?? 10_000);
  const dir = writeCorpus(count);
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  console.log(`${count} synthetic articles in ${FILES} JSONL files under ${dir}; load average before: ${load}`);
  const cli = timed([join(root, 'bin/sourcetrace.mjs'), 'build', join(dir, 'corpus'), '-o', join(dir, 'graph.json')]);
  console.log(cli.stdout.trim());
  const self = fileURLToPath(import.meta.url);
  const app = timed(['--import', 'tsx', self, '--in-process', dir]);
  console.log(`in-process: ${app.stdout.trim()}`);
  for (const [name, run] of [
    ['CLI, worker threads', cli],
    ['in-process, 1 thread', app],
  ] as const) {
    const rate = (run.articles / run.wall).toFixed(0);
    console.log(
      `${name.padEnd(21)} ${run.articles} articles  wall ${run.wall.toFixed(1)} s  (${rate} articles/s)  ` +
        `CPU ${run.cpu.toFixed(1)} s (${(run.articles / run.cpu).toFixed(0)} articles per CPU-second)  peak RSS ${run.peakMb.toFixed(0)} MB`,
    );
  }
  console.log(
    `load average after: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

main();
