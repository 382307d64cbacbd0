import { DOMParser } from '@xmldom/xmldom';
import type { XmlParser } from './xml-dom';

/**
 * xmldom made to stop at the first error, as a browser's DOMParser refuses malformed XML, so a broken
 * GraphML or GEXF file is refused rather than half read. For Node and Web Workers (no DOMParser there).
 * Not exported from the export index, so xmldom stays out of bundles that do not ask for it.
 */
export function strictXmldomParser(): XmlParser {
  const fail = (message: string) => {
    throw new Error(message.replace(/\[xmldom \w+\]\s*/g, ''));
  };
  return new DOMParser({
    errorHandler: { warning: () => undefined, error: fail, fatalError: fail },
  }) as unknown as XmlParser;
}
