/** The chain view: a claim's, article's or outlet's citation chain, left to right, with breadcrumb and summary. */
export { ChainView } from './ChainView';
export { toChainElements, type ChainPicture } from './to-chain-elements';
