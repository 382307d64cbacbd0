import { describe, expect, it } from 'vitest';
import { FIRST_FRAME_VERSION, makeFirstFrame, readFirstFrame, type FirstFrameElement } from './first-frame';

const node = (id: string, x: number, y: number, classes = 'outlet'): FirstFrameElement => ({
  group: 'nodes',
  data: { id, label: id },
  classes,
  position: { x, y },
});
const edge = (source: string, target: string): FirstFrameElement => ({
  group: 'edges',
  data: { id: `cites|${source}|${target}`, source, target },
  classes: 'cites',
});
const viewport = { zoom: 1.5, pan: { x: 10, y: -20 } };

describe('first-frame record', () => {
  it('round-trips elements (nodes before edges) and the camera through structured cloning', () => {
    const frame = makeFirstFrame([edge('a', 'b'), node('a', 1, 2), node('b', 3, 4)], viewport);
    const read = readFirstFrame(structuredClone(frame));
    expect(read?.version).toBe(FIRST_FRAME_VERSION);
    expect(read?.viewport).toEqual(viewport);
    expect(read?.elements.map((e) => e.data.id)).toEqual(['a', 'b', 'cites|a|b']);
    expect(read?.elements[1]?.position).toEqual({ x: 3, y: 4 });
  });

  it('drops the classes that follow the pointer and the selection, keeps the rest', () => {
    const frame = makeFirstFrame([node('a', 0, 0, 'person anonymous is-selected hovered neighbour hidden')], viewport);
    expect(frame.elements[0]?.classes).toBe('person anonymous hidden');
  });

  it('is null when absent, outdated or corrupt, so the reopen waits for the whole graph', () => {
    const good = makeFirstFrame([node('a', 0, 0), node('b', 1, 1), edge('a', 'b')], viewport);
    expect(readFirstFrame(good)).not.toBeNull();
    expect(readFirstFrame(undefined)).toBeNull();
    expect(readFirstFrame({ ...good, version: FIRST_FRAME_VERSION + 1 })).toBeNull();
    expect(readFirstFrame({ ...good, version: 0 })).toBeNull();
    expect(readFirstFrame({ ...good, elements: 'x' })).toBeNull();
    expect(readFirstFrame({ ...good, elements: [] })).toBeNull();
    expect(readFirstFrame({ ...good, viewport: { zoom: Number.NaN, pan: { x: 0, y: 0 } } })).toBeNull();
    expect(readFirstFrame({ ...good, elements: [node('a', Number.NaN, 0)] })).toBeNull();
    // An edge to a node the record does not have would make Cytoscape throw.
    expect(readFirstFrame({ ...good, elements: [node('a', 0, 0), edge('a', 'missing')] })).toBeNull();
    expect(readFirstFrame({ ...good, elements: [{ ...node('a', 0, 0), group: 'other' }] })).toBeNull();
    expect(
      readFirstFrame({ ...good, elements: [{ group: 'nodes', classes: '', position: { x: 0, y: 0 } }] }),
    ).toBeNull();
  });
});
