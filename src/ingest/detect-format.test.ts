import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf } from './detect-format';

describe('detectFormat', () => {
  it('goes by extension for the usual cases', () => {
    expect(detectFormat('a.txt', '<html>')).toBe('text');
    expect(detectFormat('dir/a.HTML', 'text')).toBe('html');
    expect(detectFormat('a.ndjson', '{"text":"x"}')).toBe('jsonl');
    expect(detectFormat('a.atom', '<feed>')).toBe('feed');
  });

  it('lets content override a misleading extension', () => {
    expect(detectFormat('feed.xml', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('a.json', '{"text":"a"}\n{"text":"b"}\n')).toBe('jsonl');
    expect(detectFormat('a.jsonl', '[{"text":"a"}]')).toBe('json');
  });

  it('sniffs files without a known extension', () => {
    expect(detectFormat('download', '<?xml version="1.0"?>\n<rss version="2.0">')).toBe('feed');
    expect(detectFormat('page.php', '  <!doctype html><html>')).toBe('html');
    expect(detectFormat('README', 'Just prose.')).toBe('text');
    expect(detectFormat('data.csv', 'id,text\n1,x')).toBeUndefined();
  });

  it('reads extensions from the last path segment only', () => {
    expect(extensionOf('a.b/c')).toBe('');
    expect(extensionOf('x/.hidden')).toBe('');
    expect(extensionOf('x/y.tar.GZ')).toBe('gz');
  });
});
