import { describe, fail, throwIfAny } from '../_internal/fail.js';
import type { Issue } from '../errors.js';
import { isArrayOrUnreadable } from './_fields.js';
import { readQuality } from './_quality.js';
import type { ChainState } from './_state.js';

/** The directions a diagram can flow in. */
export const DIRECTIONS = ['LR', 'RL', 'TB', 'BT'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A quality's colour band: red below 0.4, amber below 0.7, green from 0.7. */
export type Band = 'red' | 'amber' | 'green';

export function bandOf(value: number): Band {
  if (value < 0.4) return 'red';
  if (value < 0.7) return 'amber';
  return 'green';
}

/** Fill and stroke colours of the bands. */
export const BAND_COLOURS: Readonly<Record<Band, { fill: string; stroke: string }>> = {
  red: { fill: '#f8d7da', stroke: '#b02a37' },
  amber: { fill: '#fff3cd', stroke: '#b8860b' },
  green: { fill: '#d1e7dd', stroke: '#146c43' },
};

export interface DiagramSettings {
  readonly direction: Direction;
  /** Quality per node, NaN where none was given; null without a quality option. */
  readonly quality: Float64Array | null;
}

/** Reads `{ quality?, direction? }`, reporting every problem at once. */
export function readDiagramOptions(state: ChainState, options: unknown): DiagramSettings {
  if (options === undefined) return { direction: 'LR', quality: null };
  if (typeof options !== 'object' || options === null || isArrayOrUnreadable(options)) {
    fail(['options'], `must be an object such as { direction: 'LR' }, not ${describe(options)}`);
  }
  const issues: Issue[] = [];
  let direction: unknown;
  let quality: unknown;
  try {
    for (const key of Object.keys(options)) {
      if (key !== 'direction' && key !== 'quality') {
        issues.push({ path: ['options', key], code: 'INVALID_INPUT', message: `unknown option ${JSON.stringify(key)}` });
      }
    }
    ({ direction, quality } = options as { direction?: unknown; quality?: unknown });
  } catch {
    fail(['options'], 'could not be read');
  }
  if (direction !== undefined && !(DIRECTIONS as readonly unknown[]).includes(direction)) {
    issues.push({ path: ['options', 'direction'], code: 'INVALID_INPUT', message: `must be one of ${DIRECTIONS.join(', ')}, not ${describe(direction)}` });
  }
  throwIfAny(issues);
  return {
    direction: (direction ?? 'LR') as Direction,
    quality: quality === undefined ? null : readQuality(state, quality, ['options', 'quality'], Number.NaN),
  };
}

/** Control characters (line breaks, tabs and the like) are drawn as spaces. */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
