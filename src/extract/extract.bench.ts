import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { extractArticle } from '../corpus';
import type { ExtractOptions } from './types';

// News prose: the seed article and the GUM Wikinews texts, concatenated to about 1 MB.
const seed = readFileSync(fileURLToPath(new URL('../../../shared/corpus/seed-article.txt', import.meta.url)), 'utf8');
const gum = readFileSync(fileURLToPath(new URL('../../../shared/eval/gum-news.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const unit = [seed, ...gum].join('\n\n');
const news = unit.repeat(Math.ceil(1_000_000 / unit.length));
const mb = news.length / 1e6;
extractArticle({ text: seed }); // build the wink model outside the timings

// Wall-clock hz suffers when other processes share the core; CPU time gives MB/s per core.
function cpuRate(label: string, options: ExtractOptions): void {
  extractArticle({ text: news, id: 'warm-up' }, options);
  const cpu = process.cpuUsage();
  extractArticle({ text: news, id: 'cpu' }, options);
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  console.log(
    `${label}: ${(mb / seconds).toFixed(2)} MB/s per core, ${(seconds / mb).toFixed(2)} ms per 1000 chars (CPU)`,
  );
}
cpuRate('extractArticle, rules + model', {});
// The rules alone are what extraction was before the tagger: the model's cost is the difference.
cpuRate('extractArticle, rules alone', { attributionModel: false });
// The learned entity typer's share of entity resolution (its second opinion on every name).
cpuRate('extractArticle, rules alone, no entity typer', { attributionModel: false, typer: false });

describe(`extractArticle, ${mb.toFixed(2)} MB of news prose (MB/s = ${mb.toFixed(2)} × hz)`, () => {
  bench(
    'news prose',
    () => {
      extractArticle({ text: news, id: 'bench' });
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'news prose, rules alone',
    () => {
      extractArticle({ text: news, id: 'bench' }, { attributionModel: false });
    },
    { iterations: 3, warmupIterations: 1 },
  );
});

describe('pathological 1 MB lines', () => {
  bench(
    '1 MB of "He said he said …" (130,000 attributions)',
    () => {
      extractArticle({ text: 'He said he said '.repeat(65_000) });
    },
    { iterations: 2 },
  );
  bench(
    '1 MB of """',
    () => {
      extractArticle({ text: '"'.repeat(1_000_000) });
    },
    { iterations: 3 },
  );
  bench(
    '1 MB of "according to according to …"',
    () => {
      extractArticle({ text: 'according to '.repeat(76_924) });
    },
    { iterations: 3 },
  );
});
