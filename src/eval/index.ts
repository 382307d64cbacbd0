/** Scoring of the extractor against annotated JSONL: P/R/F1 per span field (exact and overlap), and calibration. */
export * from './gold';
export * from './score';
export * from './reliability';
export * from './report';
export * from './entity-check';
export * from './coreference-scores';
export * from './entity-alignment';
export * from './gum-entities';
export * from './entity-report';
export * from './train-typer';
