import file from '../../data/models/attribution-tagger.json';
import type { TaggerModel, TaggerModelFile } from './tagger-model';
import { decodeModel } from './tagger-model';

let model: TaggerModel | undefined;

/** The bundled tagger (data/models/attribution-tagger.json), decoded once per process or worker on first use. */
export function defaultTagger(): TaggerModel {
  return (model ??= decodeModel(file as unknown as TaggerModelFile));
}
