import { describe, fail, throwIfAny } from '../_internal/fail.js';
import { unknownKeyMessage } from '../_internal/keys.js';
import type { Issue } from '../errors.js';
import { heading, text } from '../i18n/_text.js';
import { localeOf, type Locale } from '../i18n/locales.js';
import { isArrayOrUnreadable } from './_fields.js';
import { readQuality } from './_quality.js';
import { FIRST_EXTERNAL, KIND_CODES, type ChainState } from './_state.js';

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

/** The two highlights a diagram can draw, and their outlines. */
export const HIGHLIGHTS = ['criticalProviders', 'orphans'] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];
export const HIGHLIGHT_STYLES: Readonly<Record<Highlight, { stroke: string; dashed: boolean }>> = {
  criticalProviders: { stroke: '#6f42c1', dashed: false },
  orphans: { stroke: '#6c757d', dashed: true },
};

const OPTION_KEYS = ['direction', 'quality', 'locale', 'labels', 'groupByDepartment', 'highlight', 'legend'] as const;

export interface DiagramSettings {
  readonly direction: Direction;
  /** Quality per node, NaN where none was given; null without a quality option. */
  readonly quality: Float64Array | null;
  readonly locale: Locale;
  readonly labels: boolean;
  readonly groupByDepartment: boolean;
  /** Per node: bit 1 critical provider, bit 2 orphan; null without a highlight option. */
  readonly highlight: Uint8Array | null;
  readonly legend: boolean;
}

const DEFAULTS: DiagramSettings = {
  direction: 'LR',
  quality: null,
  locale: 'en',
  labels: true,
  groupByDepartment: false,
  highlight: null,
  legend: false,
};

/** Reads the options of toMermaid and toDot, reporting every problem at once. */
export function readDiagramOptions(state: ChainState, options: unknown): DiagramSettings {
  if (options === undefined) return DEFAULTS;
  if (typeof options !== 'object' || options === null || isArrayOrUnreadable(options)) {
    fail(['options'], `must be an object such as { direction: 'LR' }, not ${describe(options)}`);
  }
  const issues: Issue[] = [];
  const raw: Partial<Record<(typeof OPTION_KEYS)[number], unknown>> = {};
  try {
    for (const key of Object.keys(options)) {
      if (!(OPTION_KEYS as readonly string[]).includes(key)) {
        issues.push({ path: ['options', key], code: 'INVALID_INPUT', message: unknownKeyMessage(key, OPTION_KEYS) });
      }
    }
    for (const key of OPTION_KEYS) raw[key] = (options as Record<string, unknown>)[key];
  } catch {
    fail(['options'], 'could not be read');
  }
  const { direction, quality, locale, labels, groupByDepartment, highlight, legend } = raw;
  if (direction !== undefined && !(DIRECTIONS as readonly unknown[]).includes(direction)) {
    issues.push({ path: ['options', 'direction'], code: 'INVALID_INPUT', message: `must be one of ${DIRECTIONS.join(', ')}, not ${describe(direction)}` });
  }
  const flag = (value: unknown, key: string): boolean | undefined => {
    if (value === undefined || typeof value === 'boolean') return value;
    issues.push({ path: ['options', key], code: 'INVALID_INPUT', message: `must be true or false, not ${describe(value)}` });
    return undefined;
  };
  const settings = {
    labels: flag(labels, 'labels') ?? true,
    groupByDepartment: flag(groupByDepartment, 'groupByDepartment') ?? false,
    legend: flag(legend, 'legend') ?? false,
    locale: collect(issues, () => (locale === undefined ? 'en' : localeOf(locale, ['options', 'locale']))),
    highlight: highlight === undefined ? null : readHighlight(state, highlight, issues),
    quality: collect(issues, () => (quality === undefined ? null : readQuality(state, quality, ['options', 'quality'], Number.NaN))),
  };
  throwIfAny(issues, issues.every((issue) => issue.code === 'UNKNOWN_REFERENCE') ? 'UNKNOWN_REFERENCE' : 'INVALID_INPUT');
  return { ...settings, direction: (direction ?? 'LR') as Direction } as DiagramSettings;
}

/** Runs `read`, moving the issues of a ClienteleError it throws onto `issues`. */
function collect<T>(issues: Issue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    const found = (error as { issues?: readonly Issue[] }).issues;
    if (found === undefined) throw error;
    for (const issue of found) issues.push(issue);
    return undefined;
  }
}

/** `{ criticalProviders?: ids, orphans?: ids }` → a bit per node. */
function readHighlight(state: ChainState, value: unknown, issues: Issue[]): Uint8Array | null {
  const path = ['options', 'highlight'];
  if (typeof value !== 'object' || value === null || isArrayOrUnreadable(value)) {
    issues.push({ path, code: 'INVALID_INPUT', message: `must be an object such as { criticalProviders: ['it'] }, not ${describe(value)}` });
    return null;
  }
  const bits = new Uint8Array(state.n);
  try {
    for (const key of Object.keys(value)) {
      if (!(HIGHLIGHTS as readonly string[]).includes(key)) {
        issues.push({ path: [...path, key], code: 'INVALID_INPUT', message: unknownKeyMessage(key, HIGHLIGHTS) });
      }
    }
    HIGHLIGHTS.forEach((key, k) => {
      const ids = (value as Record<string, unknown>)[key];
      if (ids === undefined) return;
      if (!Array.isArray(ids)) {
        issues.push({ path: [...path, key], code: 'INVALID_INPUT', message: `must be an array of customer ids, not ${describe(ids)}` });
        return;
      }
      ids.forEach((id: unknown, i) => {
        const node = typeof id === 'string' ? state.index.get(id) : undefined;
        if (typeof id !== 'string') issues.push({ path: [...path, key, i], code: 'INVALID_INPUT', message: `must be a customer id, not ${describe(id)}` });
        else if (node === undefined) issues.push({ path: [...path, key, i], code: 'UNKNOWN_REFERENCE', message: `no customer ${JSON.stringify(id)} in the chain` });
        else bits[node] = (bits[node] as number) | (1 << k);
      });
    });
  } catch {
    issues.push({ path, code: 'INVALID_INPUT', message: 'could not be read' });
  }
  return bits;
}

/** Control characters (line breaks, tabs and the like) are drawn as spaces. */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/** The name of customer `v`. */
export function nameOf(state: ChainState, v: number): string {
  return (state.customers[v] as { name: string }).name;
}

/** The text on link `l`'s arrow: its service, and its owner's name when it has one. */
export function edgeText(state: ChainState, l: number, locale: Locale): string {
  const service = state.links.service[l] as string;
  const owner = state.links.owner === null ? -1 : (state.links.owner[l] as number);
  return owner < 0 ? service : `${service} (${text('owner', locale)}: ${nameOf(state, owner)})`;
}

/**
 * How the internal side is laid out: with `groupByDepartment`, each employee
 * sits inside its department's group: `home` is each node's department node
 * (-1 for nodes drawn at the top of the internal side), and `members` lists,
 * per department node, its employees in node order.
 */
export function departmentOf(state: ChainState, grouped: boolean): { home: Int32Array; members: Map<number, number[]> } {
  const { n, kinds, customers, index } = state;
  const home = new Int32Array(n).fill(-1);
  const members = new Map<number, number[]>();
  if (!grouped) return { home, members };
  for (let v = 0; v < n; v += 1) {
    if (kinds[v] !== KIND_CODES.employee) continue;
    const d = index.get((customers[v] as { departmentId: string }).departmentId) ?? -1;
    home[v] = d;
    if (d < 0) continue;
    const list = members.get(d);
    if (list === undefined) members.set(d, [v]);
    else list.push(v);
  }
  return { home, members };
}

export function isExternalKind(code: number): boolean {
  return code >= FIRST_EXTERNAL;
}

/** The words a diagram writes, in its locale. */
export function diagramWords(locale: Locale) {
  return {
    internal: heading('internalCustomers', locale),
    external: heading('externalCustomers', locale),
    legend: heading('legend', locale),
    kind: (code: number): string => text(KIND_ORDER[code] as 'department', locale),
    highlight: (key: Highlight): string => text(key, locale),
    band: (band: Band): string => `${text('quality', locale)}: ${text(band, locale)}`,
  };
}

const KIND_ORDER = ['department', 'employee', 'shareholder', 'user', 'buyer', 'beneficiary'] as const satisfies readonly (keyof typeof KIND_CODES)[];
