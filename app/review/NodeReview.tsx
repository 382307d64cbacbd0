import { useState } from 'react';
import { nodeKey, type SourcetraceGraph } from '../../src/model';
import { useAppStoreApi, type GraphRevision } from '../store';
import { NodePicker } from './NodePicker';

interface NodeReviewProps {
  revision: GraphRevision;
  nodeKey: string;
  reason: string;
}

/** Articles whose evidence mentions the node: what a split can take with it. */
function evidenceArticles(graph: SourcetraceGraph, key: string): string[] {
  const out = new Set<string>();
  graph.forEachEdge(key, (_e, a) => a.evidence.forEach((ev) => out.add(ev.article)));
  return [...out].filter((a) => graph.hasNode(a)).sort();
}

/** A key for the split-off node that is not taken yet (deterministic: the same split gives the same key). */
function freshKey(graph: SourcetraceGraph, kind: Parameters<typeof nodeKey>[0], label: string): string {
  const base = nodeKey(kind, label);
  let key = base;
  for (let i = 2; graph.hasNode(key); i++) key = `${base}-${i}`;
  return key;
}

function Checklist(props: { legend: string; items: [string, string][]; chosen: string[]; set: (v: string[]) => void }) {
  const { legend, items, chosen, set } = props;
  if (items.length === 0) return null;
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      {items.map(([value, text]) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={() => set(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value])}
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}

/** Review actions on one node: rename, merge another node into it, split a wrongly merged part off. */
export function NodeReview({ revision, nodeKey: key, reason }: NodeReviewProps) {
  const store = useAppStoreApi();
  const { graph } = revision;
  const attrs = graph.getNodeAttributes(key);
  const [label, setLabel] = useState(attrs.label);
  const [other, setOther] = useState<string | null>(null);
  const [splitLabel, setSplitLabel] = useState('');
  const [aliases, setAliases] = useState<string[]>([]);
  const [articles, setArticles] = useState<string[]>([]);
  const why = reason.trim() ? { reason: reason.trim() } : {};
  const { decide } = store.getState();
  const split = () => {
    const name = splitLabel.trim() || aliases[0];
    if (!name) return;
    const params = { key: freshKey(graph, attrs.kind, name), label: name, aliases, articles };
    void decide({ action: 'split', target: [key], params, ...why });
  };
  const articleItems = evidenceArticles(graph, key).map((a): [string, string] => [
    a,
    graph.getNodeAttribute(a, 'label'),
  ]);
  return (
    <div className="node-review">
      <div className="review-row">
        <label>
          Name <input value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button
          type="button"
          disabled={!label.trim() || label.trim() === attrs.label}
          onClick={() => void decide({ action: 'rename', target: [key], params: { label: label.trim() }, ...why })}
        >
          Rename
        </button>
      </div>
      <fieldset className="review-row">
        <legend>Merge</legend>
        <NodePicker revision={revision} label="Merge with" exclude={key} picked={other} onPick={setOther} />
        <button
          type="button"
          disabled={!other}
          onClick={() => other && void decide({ action: 'merge', target: [key, other], ...why })}
        >
          Merge into {attrs.label}
        </button>
      </fieldset>
      {attrs.kind !== 'article' && (
        <fieldset className="review-row">
          <legend>Split off</legend>
          <label>
            New name <input value={splitLabel} onChange={(e) => setSplitLabel(e.target.value)} />
          </label>
          <Checklist
            legend="Aliases to move"
            items={attrs.aliases.map((a) => [a, a])}
            chosen={aliases}
            set={setAliases}
          />
          <Checklist legend="Articles meaning the other one" items={articleItems} chosen={articles} set={setArticles} />
          <button type="button" disabled={!splitLabel.trim() && aliases.length === 0} onClick={split}>
            Split node
          </button>
        </fieldset>
      )}
    </div>
  );
}
