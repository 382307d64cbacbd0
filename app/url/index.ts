/**
 * The view in the address bar and in share links: their encoding, and the controller that mirrors the
 * view into the address and restores it from there.
 */
export { UrlController } from './UrlController';
export { encodeViewHash, decodeViewExtras } from './view-hash';
export { appendOverview, decodeOverview, type OverviewChoice } from './overview-param';
export { shareLink, linkToView, encodeShareHash, decodeShareHash, type SharedView } from './share-link';
