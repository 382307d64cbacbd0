/** Training and cross-validation of the attribution tagger (Node only: it reads corpora from disk). */
export { crossValidate, scoreVariants, VARIANTS } from './cross-validate';
export type { CrossValidation, Variant, VariantScores } from './cross-validate';
export { cvReport } from './cv-report';
export { DEFAULT_TRAIN_OPTIONS, polnearCrossValidation, prepareSet } from './polnear-cv';
export { fitCalibration, calibrated } from './calibrate';
export { trainTagger } from './perceptron';
export type { TrainOptions } from './perceptron';
export { loadSet } from './load-sets';
