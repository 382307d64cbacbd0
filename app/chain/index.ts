/** The chain view: a claim's, article's or outlet's citation chain, left to right, with breadcrumb and summary. */
export { ChainView } from './ChainView';
export { toChainElements } from './to-chain-elements';
export type { ChainPicture, ChainStep, ChainStance } from './chain-picture';
