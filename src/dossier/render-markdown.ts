import type { WordChange } from '../query';
import type { Dossier, DossierHop } from './dossier-types';
import { escapeMarkdown as m } from './escape';

const date = (d: string | null) => (d === null ? 'date unknown' : m(d));

function hopMd(hop: DossierHop, i: number): string[] {
  const cue = hop.cue ? ` (“${m(hop.cue)}”)` : '';
  const conf = hop.confidence === null ? '' : `, confidence ${hop.confidence.toFixed(2)}`;
  const ok = hop.accepted ? ', reviewed: accepted' : '';
  const lines = [`${i + 1}. **${m(hop.sourceLabel)}** ${hop.kind}${cue} **${m(hop.targetLabel)}**${conf}${ok}`];
  for (const ev of hop.evidence) {
    lines.push(`   > ${m(ev.sentence)}`, `   >`, `   > — ${m(ev.title)}, ${m(ev.outlet)}, ${date(ev.publishedAt)}`, '');
  }
  if (hop.evidence.length === 0) lines.push('');
  return lines;
}

const changesMd = (changes: WordChange[]) =>
  changes
    .map((c) => (c.op === 'same' ? m(c.text) : c.op === 'added' ? `**+${m(c.text)}+**` : `~~${m(c.text)}~~`))
    .join(' ');

/** The dossier as Markdown, every untrusted string escaped (no raw HTML reaches a renderer). */
export function renderDossierMarkdown(d: Dossier): string {
  const out = [`# ${m(d.title)}`, '', `> ${m(d.claim.text)}`, '', `**${m(d.summary)}.** ${m(d.statusText)}`, ''];
  out.push(
    '## Independent sources',
    '',
    ...d.groups.map((g) => `- ${m(g.description)}${g.outlets.length ? ` — via ${m(g.outlets.join(', '))}` : ''}`),
    '',
  );
  out.push('## Who reported it', '', '| Article | Outlet | Published | |', '|---|---|---|---|');
  for (const r of d.reporters)
    out.push(`| ${m(r.title)} | ${m(r.outlet)} | ${date(r.publishedAt)} | ${r.first ? '**first**' : ''} |`);
  if (d.firstNote) out.push('', `_${m(d.firstNote)}_`);
  out.push('', '## Every hop, with its evidence', '', ...d.hops.flatMap(hopMd));
  out.push('## Disputes and support', '', ...(d.stances.length ? d.stances.flatMap(hopMd) : ['None found.', '']));
  out.push('## Wording drift', '');
  for (const s of d.drift) {
    out.push(
      s.changes === null
        ? `- **${m(s.outlet)}** (origin): ${m(s.text)}`
        : `- **${m(s.outlet)}** after ${m(s.upstream ?? '')}: ${changesMd(s.changes)}`,
    );
  }
  out.push('', '## Review decisions', '');
  if (d.decisions.length === 0) out.push('None.');
  for (const x of d.decisions) {
    const why = x.reason ? ` — ${m(x.reason)}` : '';
    out.push(
      `- ${x.action} \`${x.target.join(', ').replace(/`/g, "'")}\`${why}${x.applied ? '' : ` (not applied: ${m(x.note ?? '')})`}`,
    );
  }
  return `${out.join('\n')}\n`;
}
