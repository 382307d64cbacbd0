import { useState } from 'react';
import { buildDossier, renderDossierHtml, renderDossierMarkdown } from '../../src/dossier';
import { downloadBlob } from '../export/download';
import { selectReviewed, useAppStoreApi } from '../store';

const FORMATS = {
  html: { label: 'HTML', type: 'text/html;charset=utf-8', render: renderDossierHtml },
  md: { label: 'Markdown', type: 'text/markdown;charset=utf-8', render: renderDossierMarkdown },
} as const;
type Format = keyof typeof FORMATS;

/** A file name from the claim key: letters, digits and dashes only, so every system accepts it. */
export function dossierFileName(claimKey: string, format: Format): string {
  const slug =
    claimKey
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'claim';
  return `sourcetrace-dossier-${slug}.${format}`;
}

/** "Export dossier": the claim's chain, trust signals and review decisions as a self-contained file. */
export function DossierExport({ claimKey }: { claimKey: string }) {
  const store = useAppStoreApi();
  const [error, setError] = useState<string | null>(null);
  const exportAs = (format: Format) => {
    const s = store.getState();
    const reviewed = selectReviewed(s);
    try {
      const dossier = buildDossier(reviewed.graph, claimKey, {
        decisions: s.decisions,
        outcomes: reviewed.outcomes,
        accepted: reviewed.accepted,
      });
      const { type, render } = FORMATS[format];
      downloadBlob(new Blob([render(dossier)], { type }), dossierFileName(claimKey, format));
      setError(null);
    } catch (err) {
      setError(`app/review: dossier of ${claimKey} not exported: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <div className="dossier-export" role="group" aria-label="Export dossier">
      Export dossier:{' '}
      {(Object.keys(FORMATS) as Format[]).map((f) => (
        <button key={f} type="button" onClick={() => exportAs(f)}>
          {FORMATS[f].label}
        </button>
      ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
