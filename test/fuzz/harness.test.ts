// The fuzz driver itself: each kind of misbehaviour it exists to catch makes
// it fail, and a well-behaved function passes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../../src/index.js';
import { fuzz, type Target } from './_harness.js';

const valid = fc.tuple(fc.record({ a: fc.integer(), b: fc.array(fc.integer(), { maxLength: 3 }) }));

function target(name: string, call: (args: unknown[]) => unknown): Target {
  return { name, valid, call, quick: 200 };
}

function readA(args: unknown[]): number {
  const input = args[0];
  try {
    const a = (input as { a?: unknown }).a;
    if (typeof a === 'number' && Number.isFinite(a)) return a;
  } catch {
    // hostile
  }
  throw new ClienteleError('INVALID_INPUT', [
    {
      path: ['input', 'a'],
      code: 'INVALID_INPUT',
      message: 'must be a finite number',
    },
  ]);
}

/** The text of the failure fuzz() reports: fast-check's summary and the check that failed (its cause). */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return `${(error as Error).message}\n${cause instanceof Error ? cause.message : String(cause)}`;
  }
  return 'did not fail';
}

describe('the fuzz driver', () => {
  it('passes a function that validates and never mutates', () => {
    const tally = fuzz(target('careful', (args) => ({ doubled: readA(args) * 2 })));
    expect(tally.runs).toBe(200);
    expect(tally.succeeded).toBeGreaterThan(0);
    expect(tally.threw).toBeGreaterThan(0);
  });

  it('fails a function that lets a TypeError escape', () => {
    expect(failure(() => fuzz(target('careless', (args) => (args[0] as { a: number }).a.toFixed(1))))).toMatch(
      /other than a ClienteleError/,
    );
  });

  it('fails a function that changes its argument', () => {
    expect(
      failure(() =>
        fuzz(
          target('mutating', (args) => {
            const a = readA(args);
            (args[0] as { a: number }).a = a + 1;
            return a;
          }),
        ),
      ),
    ).toMatch(/changed its arguments|other than a ClienteleError|frozen input gave thrown TypeError/);
  });

  it('fails a function that returns NaN', () => {
    expect(
      failure(() =>
        fuzz(
          target('NaN', (args) => ({
            ratio: readA(args) / 0 - Number.POSITIVE_INFINITY,
          })),
        ),
      ),
    ).toMatch(/NaN in the result/);
  });

  it('fails a ClienteleError whose issue path holds something other than keys and indices', () => {
    const bad = () => {
      throw new ClienteleError('INVALID_INPUT', [{ path: ['list', -1], code: 'INVALID_INPUT', message: 'm' }]);
    };
    expect(failure(() => fuzz(target('bad path', bad)))).toMatch(/issue path/);
  });

  it('fails a function that rejects valid arguments', () => {
    const refuses = () => {
      throw new ClienteleError('INVALID_INPUT', [{ path: ['input'], code: 'INVALID_INPUT', message: 'must be something else' }]);
    };
    expect(failure(() => fuzz(target('refuses everything', refuses)))).toMatch(/rejected a valid argument list/);
  });

  describe('the options path convention', () => {
    const withOptions = fc.tuple(fc.array(fc.integer(), { maxLength: 3 }), fc.record({ scale: fc.integer({ min: 2, max: 10 }) }));

    /** Reads `options.scale` like a score does, reporting its issues at `prefix + 'scale'`. */
    function scaled(prefix: readonly string[]) {
      return (args: unknown[]) => {
        const options = args[1];
        let scale: unknown;
        try {
          scale = typeof options === 'object' && options !== null ? (options as { scale?: unknown }).scale : undefined;
        } catch {
          // hostile
        }
        if (typeof options !== 'object' || options === null || !Number.isInteger(scale)) {
          throw new ClienteleError('INVALID_INPUT', [{ path: [...prefix, 'scale'], code: 'INVALID_INPUT', message: 'must be an integer' }]);
        }
        return { scale };
      };
    }

    it("passes a function that reports a bad option at ['options', key]", () => {
      const tally = fuzz({ name: 'options path', valid: withOptions, call: scaled(['options']), params: ['ratings', 'options'], quick: 200 });
      expect(tally.threw).toBeGreaterThan(0);
    });

    it('fails a function that reports a bad option by its bare key', () => {
      const bare = { name: 'bare key', valid: withOptions, call: scaled([]), params: ['ratings', 'options'], quick: 200 };
      expect(failure(() => fuzz(bare))).toMatch(/corrupted options gave an issue at \["scale"\]/);
    });
  });

  it('fails a function whose answer depends on whether its input is frozen', () => {
    const frozenOrNot = (args: unknown[]) => {
      const a = readA(args);
      try {
        return { a, frozen: Object.isFrozen(args[0]) };
      } catch {
        throw new ClienteleError('INVALID_INPUT', [{ path: ['input'], code: 'INVALID_INPUT', message: 'could not be read' }]);
      }
    };
    expect(failure(() => fuzz(target('freeze-sensitive', frozenOrNot)))).toMatch(/frozen input gave/);
  });
});
