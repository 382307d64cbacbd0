import type { OutletEntry } from './gazetteer';

/**
 * A minimal built-in gazetteer, used when no outlet list is passed (the full one is data/outlets.json).
 * Facts are public: names, domains and the short names the papers use for themselves.
 */
export const DEFAULT_OUTLETS: readonly OutletEntry[] = [
  {
    name: 'The Wall Street Journal',
    domain: 'wsj.com',
    aliases: ['Wall Street Journal', 'WSJ'],
    short: ['the Journal'],
  },
  { name: 'The Washington Post', domain: 'washingtonpost.com', aliases: ['Washington Post'], short: ['the Post'] },
  { name: 'The Miami Herald', domain: 'miamiherald.com', aliases: ['Miami Herald'], short: ['the Herald'] },
  { name: 'The New York Times', domain: 'nytimes.com', aliases: ['New York Times', 'NYT'], short: ['the Times'] },
  { name: 'The Gateway Pundit', domain: 'thegatewaypundit.com', aliases: ['Gateway Pundit'], short: [] },
  { name: 'Reuters', domain: 'reuters.com', aliases: ['Thomson Reuters'], short: [] },
  { name: 'Associated Press', domain: 'apnews.com', aliases: ['AP', 'The Associated Press'], short: [] },
  { name: 'Agence France-Presse', domain: 'afp.com', aliases: ['AFP'], short: [] },
  { name: 'BBC', domain: 'bbc.com', aliases: ['BBC News', 'British Broadcasting Corporation'], short: [] },
  { name: 'CNN', domain: 'cnn.com', aliases: ['Cable News Network'], short: [] },
  { name: 'ABC News', domain: 'abcnews.go.com', aliases: ['ABC'], short: [] },
  { name: 'The Guardian', domain: 'theguardian.com', aliases: ['Guardian'], short: [] },
  { name: 'Bloomberg', domain: 'bloomberg.com', aliases: ['Bloomberg News'], short: [] },
  { name: 'Politico', domain: 'politico.com', aliases: [], short: [] },
  { name: 'Fox News', domain: 'foxnews.com', aliases: ['Fox'], short: [] },
];
