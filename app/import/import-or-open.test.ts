import { describe, expect, it } from 'vitest';
import { opensAsWorkspaceFile } from './import-or-open';

describe('opensAsWorkspaceFile', () => {
  it('sends snapshots and XML graphs to the workspace opener, articles and JSON to the importer', () => {
    expect(opensAsWorkspaceFile('story.sourcetrace.json')).toBe(true);
    expect(opensAsWorkspaceFile('From-Gephi.GEXF')).toBe(true);
    expect(opensAsWorkspaceFile('network.graphml')).toBe(true);
    expect(opensAsWorkspaceFile('articles.json')).toBe(false);
    expect(opensAsWorkspaceFile('feed.xml')).toBe(false);
    expect(opensAsWorkspaceFile('seed-article.txt')).toBe(false);
  });
});
