import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { addDecision } from '../../src/review';
import { openWorkspaceDb } from '../persistence/workspace-db';
import { createDecisionStorage } from './review-store-db';

let dbCount = 0;
const freshName = () => `sourcetrace-review-test-${++dbCount}`;

describe('decisions in the workspace database', () => {
  it('round-trips decisions and reads null before any were saved', async () => {
    const storage = createDecisionStorage(freshName());
    expect(await storage.load()).toBeNull();
    const decisions = addDecision([], { action: 'reject', target: ['cites|article:a|person:x'], reason: 'misread' });
    await storage.save(decisions);
    expect(await storage.load()).toEqual(decisions);
  });

  it('upgrades a version-1 database in place, keeping its workspace', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('workspace');
        db.createObjectStore('articles', { keyPath: 'key' });
      },
    });
    await v1.put('workspace', { graph: { nodes: [], edges: [] }, savedAt: 'then' }, 'current');
    v1.close();
    await createDecisionStorage(name).save([]);
    const db = await openWorkspaceDb(name);
    expect([...db.objectStoreNames].sort()).toEqual([
      'articles',
      'decisions',
      'firstFrame',
      'graphParts',
      'search',
      'workspace',
    ]);
    expect((await db.get('workspace', 'current'))?.savedAt).toBe('then');
    db.close();
  });

  it('refuses tampered decisions with a message naming the store and the field', async () => {
    const name = freshName();
    const db = await openWorkspaceDb(name);
    await db.put('decisions', { decisions: [{ id: 'x', action: 'reject', target: [] }], savedAt: 'now' }, 'current');
    db.close();
    await expect(createDecisionStorage(name).load()).rejects.toThrow(
      /^app\/review: stored decisions unreadable: .*decisions\[0\]\.target/,
    );
  });
});
