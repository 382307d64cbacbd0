/** The typed attribution graph: kinds, attributes, keys, building blocks, merge and (de)serialisation. */
export * from './kinds';
export type * from './attributes';
export * from './keys';
export * from './graph';
export * from './merge';
export * from './errors';
export * from './schema';
export * from './serialize';
