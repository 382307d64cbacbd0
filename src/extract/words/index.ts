/**
 * The closed word classes the extractor relies on, each list written once in data/words/ (schema-checked by
 * data/words/words.test.ts) and read here as sets: lower case, straight apostrophes.
 */
export * from './calendar';
export * from './function-words';
export * from './name-words';
export * from './organisation-words';
export * from './outlet-words';
export * from './place-words';
export * from './pronouns';
export * from './source-heads';
export * from './titles';
export { wordAlternatives, wordPattern, wordSet } from './word-set';
export * from './reference-words';
