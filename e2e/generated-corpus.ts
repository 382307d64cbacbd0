/**
 * Prints a generated corpus as JSONL (our import schema) for e2e journeys at corpus scale:
 * `tsx e2e/generated-corpus.ts <articles> <seed> <chars>`. A script rather than an import, because the
 * generator reads the outlet gazetteer (a JSON module) that Playwright's own loader will not import.
 */
import { syntheticJsonl } from '../src/bench/synthetic-articles';

const [count = '2000', seed = '1', chars = '500'] = process.argv.slice(2);
process.stdout.write(syntheticJsonl(Number(count), { seed: Number(seed), targetChars: Number(chars) }));
