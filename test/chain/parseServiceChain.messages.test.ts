// What parseServiceChain says about text that is not JSON and about a
// missing or wrong version. Positions, lines and columns are counted by hand
// in the comments.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseServiceChain } from '../../src/chain/index.js';
import { invalidIssues } from '../_shared/issues.js';

const issuesOf = invalidIssues;

const NOT_JSON = 'is not valid JSON text';

describe('parseServiceChain messages', () => {
  it('give the line, column and position where the JSON breaks, and what stands there', () => {
    // {"a":1,} — the "}" after the comma is character 7 (from 0): line 1, column 8
    expect(issuesOf(() => parseServiceChain('{"a":1,}'))).toEqual([[[], `${NOT_JSON}: unexpected "}" at line 1, column 8 (position 7)`]]);
    // lines: '{' (1 + newline = 2), '  "version": 1,' (15 + 1 = 16), '  "customers": [' (16 + 1 = 17): line 4 starts at 35;
    // on it '    {"kind": "user",}' puts the "}" in column 21, so position 35 + 20 = 55
    const text = '{\n  "version": 1,\n  "customers": [\n    {"kind": "user",}\n  ]\n}';
    expect(issuesOf(() => parseServiceChain(text))).toEqual([[[], `${NOT_JSON}: unexpected "}" at line 4, column 21 (position 55)`]]);
  });

  it('say where text ends too early, and when it is empty', () => {
    // '"abc' has 4 characters: the string is still open at position 4, column 5
    expect(issuesOf(() => parseServiceChain('"abc'))).toEqual([[[], `${NOT_JSON}: it ends too early, at line 1, column 5 (position 4)`]]);
    // '{"version": 1,' has 14 characters
    expect(issuesOf(() => parseServiceChain('{"version": 1,'))).toEqual([[[], `${NOT_JSON}: it ends too early, at line 1, column 15 (position 14)`]]);
    expect(issuesOf(() => parseServiceChain(''))).toEqual([[[], `${NOT_JSON}: it is empty`]]);
    expect(issuesOf(() => parseServiceChain(' \n '))).toEqual([[[], `${NOT_JSON}: it is empty`]]);
  });

  describe('with the wording of other engines', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });
    const parseFailing = (reason: string) => vi.spyOn(JSON, 'parse').mockImplementation(() => { throw new SyntaxError(reason); });

    it('read SpiderMonkey\'s line and column', () => {
      // line 2 starts at position 2 ('{' and the newline); column 3 of it is position 4, the "x"
      parseFailing("JSON.parse: expected property name or '}' at line 2 column 3 of the JSON data");
      expect(issuesOf(() => parseServiceChain('{\n  x'))).toEqual([[[], `${NOT_JSON}: unexpected "x" at line 2, column 3 (position 4)`]]);
    });

    it('give the plain rule when the engine names no position, or one outside the text', () => {
      parseFailing('JSON Parse error: Expected \'}\'');
      expect(issuesOf(() => parseServiceChain('{"a":1 x'))).toEqual([[[], NOT_JSON]]);
      parseFailing('Unexpected token in JSON at position 99');
      expect(issuesOf(() => parseServiceChain('{"a":1 x'))).toEqual([[[], NOT_JSON]]);
      parseFailing('JSON.parse: unexpected character at line 7 column 1 of the JSON data');
      expect(issuesOf(() => parseServiceChain('{"a":1 x'))).toEqual([[[], NOT_JSON]]);
    });
  });

  it('keep the message short whatever the runtime wrote: no snippet of the text beyond the one character', () => {
    const long = `{"version": 1, "customers": [${'{"kind": "user", "id": "u", "name": "U"},'.repeat(1000)}]}`;
    const [[path, message]] = issuesOf(() => parseServiceChain(long)) as [[readonly (string | number)[], string]];
    expect(path).toEqual([]);
    expect(message.startsWith(NOT_JSON)).toBe(true);
    expect(message.length).toBeLessThan(100);
    expect(message).not.toContain('"kind"');
  });

  it('say that a missing version is required, at ["version"], alongside other problems', () => {
    const required = 'is required: `{ version: 1, customers, links }`, as serializeChain writes';
    expect(issuesOf(() => parseServiceChain({ customers: [], links: [] }))).toEqual([[['version'], required]]);
    expect(issuesOf(() => parseServiceChain('{"customers": [], "links": []}'))).toEqual([[['version'], required]]);
    expect(issuesOf(() => parseServiceChain({ version: undefined, customers: [], links: [] }))).toEqual([[['version'], required]]);
    expect(issuesOf(() => parseServiceChain({ customers: [], links: [], verison: 1 }))).toEqual([
      [['verison'], 'unknown key "verison" — did you mean "version"?'],
      [['version'], required],
    ]);
  });

  it('quote a version that is present but not 1', () => {
    expect(issuesOf(() => parseServiceChain({ version: 2, customers: [], links: [] }))).toEqual([[['version'], 'must be 1 — got 2']]);
    expect(issuesOf(() => parseServiceChain({ version: '1', customers: [], links: [] }))).toEqual([[['version'], 'must be 1 — got "1"']]);
    expect(issuesOf(() => parseServiceChain({ version: null, customers: [], links: [] }))).toEqual([[['version'], 'must be 1 — got null']]);
  });
});
