/** The outlet palette lives in src/style so exports colour outlets as the canvas does. */
export { OUTLET_PALETTE, outletColor } from '../../src/style';
