/**
 * Attribution extraction: from an article's text to who said, reported, wrote, obtained or disputed what,
 * with exact spans, as facts for the graph (src/corpus builds the article's graph from them: extractArticle).
 * Pure: runs in Node and in Web Workers.
 */

export type * from './types';
export { SOURCE_SPAN_KINDS, MENTION_KINDS, ATTRIBUTION_TYPES, STANCES } from './types';
export type { OutletEntry, Gazetteer } from './gazetteer';
export { createGazetteer, normaliseName } from './gazetteer';
export { DEFAULT_OUTLETS, extractFacts, normaliseClaim } from './extract-article';
// The word lists of data/words/ that src/corpus and src/eval read too.
export {
  ACRONYM_SKIPS,
  COUNTRIES,
  FINITE_VERB_FORM,
  GLUED_PARTICLES,
  HUMAN_HEADS,
  MONTHS_AND_WEEKDAYS,
  NAME_DESCRIPTORS,
  NAME_PARTICLES,
  ORG_HEADS,
  PLAIN_DATE_WORDS,
  pronounForms,
  subjectPronoun,
  TITLE_ABBREVIATIONS,
  TITLES,
  wordAlternatives,
} from './words';
export { isPlaceName } from './entity-form';
export type { TyperModel, Typing, TyperClass } from './entity-typer';
export { bestType, scoreName, TYPER_CLASSES, typeName, typerScores } from './entity-typer';
export { typerFeatures } from './typer-features';
export { analyseText, splitBlocks } from './nlp';
export type { Token, Sentence, Block } from './nlp';
export { getLexicon } from './lexicon';
export type { Lexicon } from './lexicon';
// The learned tagger's parts, for src/train (training and cross-validation run the same code as extraction).
export { FEATURES_PER_TOKEN, featurize } from './tagger-features';
export type { TaggerSequence } from './tagger-features';
export { TAG_LABELS, LABEL_COUNT, decodeModel, encodeModel } from './tagger-model';
export type { Calibration, TaggerModel, TaggerModelFile } from './tagger-model';
export { emissions, viterbi, rawScore, EVIDENCE } from './attribution-tagger';
export { paragraphs, rulesOf, tagArticle } from './tag-article';
export type { ModelAttribution } from './model-attributions';
export { blockSequence, firstEndingAfter } from './tagger-sequence';
export { DEFAULT_MODEL_OPTIONS } from './model-attributions';
