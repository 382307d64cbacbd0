import type { PrimaryStatus } from '../../src/query';

/** How the chain view names a primary source's status. */
export const STATUS_TEXT: Record<PrimaryStatus, string> = {
  document: 'document',
  named: 'named source',
  anonymous: 'anonymous source',
};
