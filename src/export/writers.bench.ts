import { bench, describe } from 'vitest';
import { syntheticCorpus } from '../test-support/story-corpus';
import { layoutGraph } from './layout-graph';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { writeCsvZip } from './write-csv';
import { writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { writeJson } from './write-json';
import { writeSvg } from './write-svg';
import { testXmlParser } from './xml-parser.test-helper';

const { graph } = syntheticCorpus(3_000);
const positions = layoutGraph(graph, { iterations: 50 });
const graphml = writeGraphml(graph, { positions });
const gexf = writeGexf(graph, { positions });
const parser = testXmlParser();

describe(`export of ${graph.order} nodes / ${graph.size} edges`, () => {
  bench('writeJson', () => void writeJson(graph, { positions }));
  bench('writeGraphml', () => void writeGraphml(graph, { positions }));
  bench('writeGexf', () => void writeGexf(graph, { positions }));
  bench('writeCsvZip', () => void writeCsvZip(graph, { positions }));
  bench('writeSvg', () => void writeSvg(graph, { positions }));
  bench('readGraphml (xmldom)', () => void readGraphml(graphml, parser), { iterations: 3 });
  bench('readGexf (xmldom)', () => void readGexf(gexf, parser), { iterations: 3 });
});
