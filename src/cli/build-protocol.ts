import type { IngestedArticle, IngestProblem } from '../ingest';
import type { SerializedSourcetraceGraph } from '../model';

/** Settings every build worker starts with. */
export interface BuildWorkerData {
  /** Extra outlets (data/outlets.json format) merged into the gazetteer, already read by the main thread. */
  outlets?: unknown[];
  /** Files yielding more articles than this are sent back to be shared out among workers. */
  splitAbove: number;
}

export type BuildTask =
  | { id: number; type: 'file'; path: string; display: string }
  | { id: number; type: 'articles'; display: string; articles: IngestedArticle[] };

export interface ExtractedMessage {
  articleKey: string;
  graph: SerializedSourcetraceGraph;
  links?: IngestedArticle['links'];
}

export interface BuildResult {
  id: number;
  display: string;
  extracted: ExtractedMessage[];
  graphs: SerializedSourcetraceGraph[];
  problems: IngestProblem[];
  /** Articles parsed but not extracted: the main thread queues them as smaller tasks. */
  split?: IngestedArticle[];
}
