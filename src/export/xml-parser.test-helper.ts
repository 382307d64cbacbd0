import { strictXmldomParser } from './xmldom-parser';

/** The strict xmldom parser the CLI and the workspace worker use, for tests. */
export const testXmlParser = strictXmldomParser;
