import heads from '../../../data/words/source-heads.json';
import { wordSet } from './word-set';

/** Heads of anonymous or generic human sources: "sources", "U.S. officials", "people familiar with …". */
export const HUMAN_HEADS = wordSet(heads.human);
/** Heads of documents and findings that report: "memos", "a study", "figures". */
export const DOC_HEADS = wordSet(heads.document);
