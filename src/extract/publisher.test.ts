import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';

const body = 'Officials told reporters that the Calvera dock would close in May. The mayor said the plan was sound.';
const publisherOf = (text: string, meta: { outlet?: string } = {}) => {
  const { graph, articleKey } = extractArticle({ id: 'x', text, ...meta });
  const a = graph.getNodeAttributes(articleKey);
  return a.kind === 'article' ? a.outlet : undefined;
};

describe('the publisher of an article without metadata', () => {
  it('is read from a credit line at its end', () => {
    expect(publisherOf(`${body}\n\nThis article originally appeared on The Northern Ledger.`)).toBe(
      'outlet:northern-ledger',
    );
    expect(publisherOf(`${body}\n\nPublished by Valdane Voice`)).toBe('outlet:valdane-voice');
    expect(publisherOf(`${body}\n\nThe post Dock to close appeared first on Daily Meridian.`)).toBe(
      'outlet:daily-meridian',
    );
    expect(publisherOf(`${body}\n\nThis story was first published by Kestrel Wire.`)).toBe('outlet:kestrel-wire');
  });

  it('ends where the credit line goes on in lower case, and keeps connectors inside a name', () => {
    expect(
      publisherOf(
        `${body}\n\nThis story was originally published by Valdane Voice and is republished with permission.`,
      ),
    ).toBe('outlet:valdane-voice');
    expect(publisherOf(`${body}\n\nThis article originally appeared on The Bureau of Harbour Affairs.`)).toBe(
      'outlet:bureau-of-harbour-affairs',
    );
  });

  it("is read from an agency's dateline at its start", () => {
    expect(publisherOf(`CALVERA CITY (Kestrel Wire) — ${body}`)).toBe('outlet:kestrel-wire');
    expect(publisherOf(`PORT ELLIS (Reuters) - ${body}`)).toBe('outlet:reuters');
  });

  it('gives way to metadata, and is unknown without any of these', () => {
    expect(publisherOf(`${body}\n\nPublished by Valdane Voice`, { outlet: 'The Northern Ledger' })).toBe(
      'outlet:northern-ledger',
    );
    expect(publisherOf(`Mara Quill (pictured) — ${body}`)).toBe('');
    expect(publisherOf(body)).toBe('');
  });
});
