/** The view in the address bar: encoding and the controller that mirrors and restores it. */
export { UrlController } from './UrlController';
export { encodeViewHash, decodeViewExtras } from './view-hash';
