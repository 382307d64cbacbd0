/**
 * Scoring of the extractor: against annotated JSONL (P/R/F1 per span field, exact and overlap; calibration), and
 * against a chain set (chain accuracy: publisher, intermediary outlets, primary source and disputers of each claim).
 */
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
export * from './typer-training';
export * from './chain-manifest';
export * from './chain-set-files';
export * from './chain-accuracy';
export * from './chain-report';
