import { describe, expect, it } from 'vitest';
import type { AppRunResult } from './app-scenario';
import { formatAppTable } from './app-table';

const result: AppRunResult = {
  articles: 1000,
  files: 4,
  megabytes: 3.9,
  nodes: 12_345,
  edges: 23_456,
  drawnNodes: 1500,
  importMs: 61_234.4,
  mergingAtMs: 50_000,
  savingAtMs: null,
  reopenFirstFrameMs: 2000,
  reopenReadyMs: 2500,
  reopenFrom: 'record',
  reopenLayouts: 0,
  reopenSearchMs: 1500,
  searchBeforeGraph: true,
  searchRecordBytes: 51_200,
  headline: 'Imported 1000 articles from 4 files.',
};

describe('formatAppTable', () => {
  it('prints absolute times and the naive ratio, and says when the baseline was skipped', () => {
    const table = formatAppTable(
      [
        { result, naive: { importMs: 1000, firstFrameMs: 5000, drawn: 35_801 } },
        { result: { ...result, articles: 10_000 }, naive: null },
      ],
      50_000,
    );
    expect(table).toContain(
      '| 1,000 / 4 / 3.9 | 12,345 / 23,456 | 1,500 | 61,234 [50,000, —] | 2,000 [record] | 2,500 [0] | 1,500 [before graph] | 50 | 6,000 [1,000 + 5,000] | ×3.0 |',
    );
    expect(table).toContain('| skipped: above 50,000 nodes | — |');
    expect(table).toContain('- 10,000 articles: “Imported 1000 articles from 4 files.”');
  });
});
