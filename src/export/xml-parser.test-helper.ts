import { DOMParser } from '@xmldom/xmldom';
import type { XmlParser } from './xml-dom';

/** xmldom, made to throw on malformed input the way the CLI uses it. */
export function testXmlParser(): XmlParser {
  const fail = (message: string) => {
    throw new Error(message.replace(/\[xmldom \w+\]\s*/g, ''));
  };
  return new DOMParser({
    errorHandler: { warning: () => undefined, error: fail, fatalError: fail },
  }) as unknown as XmlParser;
}
