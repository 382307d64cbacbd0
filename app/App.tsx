import { ExportMenu } from './export';
import { ArticleReader, ArticlesPanel } from './articles';
import { ChainView } from './chain';
import { GraphCanvas, Legend } from './canvas';
import { DropZone, ImportControls } from './import';
import { ConfidenceControl, ReviewPanel } from './review';
import { DetailsPanel, FilterPanel, HistoryButtons, SearchBox } from './panels';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { selectLoadError, selectProblems, selectProgress, selectStatus, useAppStore, useGraphRevision } from './store';

function StatusLine() {
  const status = useAppStore(selectStatus);
  const error = useAppStore(selectLoadError);
  const progress = useAppStore(selectProgress);
  const problems = useAppStore(selectProblems);
  const { graph } = useGraphRevision();
  return (
    <div className="status-line" role="status" aria-label="Graph status">
      {status === 'loading' &&
        (progress ? `Reading articles… ${progress.done}/${progress.total}` : 'Loading the sample corpus…')}
      {status !== 'loading' && `${graph.order} nodes, ${graph.size} edges`}
      {problems.length > 0 && <span title={problems.join('\n')}> — {problems.length} skipped</span>}
      {error && <span className="error"> — {error}</span>}
    </div>
  );
}

/** The app's frame: header, side bars, canvas. Each region is its own component reading the store. */
export function App() {
  useKeyboardShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Sourcetrace</h1>
        <p className="tagline">who reported what, citing whom</p>
        <SearchBox />
        <HistoryButtons />
        <StatusLine />
        <ExportMenu />
        <ImportControls />
      </header>
      <nav className="sidebar" aria-label="View controls">
        <FilterPanel />
        <Legend />
        <ConfidenceControl />
        <ArticlesPanel />
      </nav>
      <main className="canvas-area" aria-label="Attribution graph">
        <GraphCanvas />
        <ChainView />
        <ArticleReader />
      </main>
      <DetailsPanel />
      <ReviewPanel />
      <DropZone />
    </div>
  );
}
