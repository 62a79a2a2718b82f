import type { LocaleTag } from '../i18n/locales.js';
import {
  BAND_COLOURS,
  HIGHLIGHTS,
  HIGHLIGHT_STYLES,
  bandOf,
  departmentOf,
  diagramWords,
  edgeText,
  isExternalKind,
  nameOf,
  readDiagramOptions,
  withoutControls,
} from './_diagram.js';
import { KIND_CODES, stateOf } from './_state.js';
import type { ServiceChain } from './serviceChain.js';

/**
 * Options of `toMermaid` and `toDot`.
 *
 * @category Chain
 */
export interface DiagramOptions {
  /**
   * Quality per customer id in [0, 1] (a Map or a plain record): each listed
   * unit is filled by band, red below 0.4, amber below 0.7, green from 0.7.
   */
  readonly quality?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Which way the links flow: `'LR'` (default), `'RL'`, `'TB'` or `'BT'`. */
  readonly direction?: 'LR' | 'RL' | 'TB' | 'BT';
  /** The language of the headings and the legend: `'en'` (default), `'vi'`, `'ru'` or a BCP 47 tag such as `'vi-VN'`. */
  readonly locale?: LocaleTag;
  /**
   * `false` draws the arrows bare, without the service (and owner) on each:
   * a large chain reads better that way. Default `true`.
   */
  readonly labels?: boolean;
  /** `true` draws each employee inside a group named after its department, together with the department itself. */
  readonly groupByDepartment?: boolean;
  /**
   * Customers to outline: `criticalProviders` (a solid purple border) and
   * `orphans` (a dashed grey one), typically the answers of
   * `criticalProviders` and `orphans`.
   */
  readonly highlight?: { readonly criticalProviders?: readonly string[]; readonly orphans?: readonly string[] };
  /** `true` adds a legend: one sample per kind drawn, per highlight and per quality band used. */
  readonly legend?: boolean;
}

/**
 * Mermaid's entity codes (`#35;`) keep any name inside a quoted label from
 * being read as syntax; letters of every script, digits and plain
 * punctuation stay as they are.
 */
function label(text: string): string {
  return withoutControls(text).replace(/[^\p{L}\p{M}\p{N} .,\-_:!?'/+*=@$]/gu, (char) => `#${char.codePointAt(0) as number};`);
}

// [open, close] around the quoted label, one shape per kind
const SHAPES: readonly (readonly [string, string])[] = [
  ['[', ']'], // department: rectangle
  ['([', '])'], // employee: stadium
  ['[[', ']]'], // shareholder: subroutine
  ['((', '))'], // user: circle
  ['{{', '}}'], // buyer: hexagon
  ['>', ']'], // beneficiary: flag
];

/**
 * Mermaid flowchart source for the chain: internal customers in one
 * subgraph, external ones in another (drawn dashed), one shape per kind
 * (department rectangle, employee stadium, shareholder subroutine, user
 * circle, buyer hexagon, beneficiary flag) and one arrow per link labelled
 * with its service, and with its owner when it has one. Node ids are
 * generated (`n0`, `n1`, … in customer order), and names and services are
 * escaped, so any text renders. Rendering is the app's job.
 *
 * Options make a large chain readable: `labels: false` draws bare arrows;
 * `groupByDepartment` draws each employee inside its department's subgraph;
 * `highlight` outlines critical providers and orphans; `quality` fills units
 * red (below 0.4), amber (below 0.7) or green; `legend` explains the shapes,
 * outlines and colours used; `locale` writes the headings and the legend in
 * English, Vietnamese or Russian.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param options - `{ quality?, direction?, locale?, labels?, groupByDepartment?, highlight?, legend? }` (see {@link DiagramOptions})
 * @returns the diagram's source text
 * @throws {ClienteleError} `INVALID_INPUT` for an unknown option or direction, a locale in another language, a flag that is not a boolean, or a quality outside [0, 1] (`['options', 'quality', id]`); `UNKNOWN_REFERENCE` for a quality or highlight of an id not in the chain
 *
 * @example
 * ```ts
 * import { createServiceChain, toMermaid } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT & "Ops"' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [{ from: 'it', to: 'lan', service: 'helpdesk', deliverable: 'support' }],
 * });
 * toMermaid(chain, { quality: { it: 0.5 } }).split('\n')
 * //=> [
 * //   'flowchart LR',
 * //   '  subgraph internal_customers["Internal customers"]',
 * //   '    n0["IT #38; #34;Ops#34;"]',
 * //   '  end',
 * //   '  subgraph external_customers["External customers"]',
 * //   '    n1(("Lan"))',
 * //   '  end',
 * //   '  n0 -->|"helpdesk"| n1',
 * //   '  style external_customers stroke-dasharray: 5 5',
 * //   '  classDef amber fill:#fff3cd,stroke:#b8860b,color:#000',
 * //   '  class n0 amber',
 * // ]
 * toMermaid(chain, { locale: 'vi-VN', labels: false }).split('\n').slice(1, 3)
 * //=> ['  subgraph internal_customers["Khách hàng nội bộ"]', '    n0["IT #38; #34;Ops#34;"]']
 * ```
 *
 * @example
 * ```ts
 * import { createServiceChain, criticalProviders, toMermaid } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'service', name: 'Service' },
 *     { kind: 'employee', id: 'an', name: 'An', departmentId: 'service' },
 *     { kind: 'employee', id: 'minh', name: 'Minh', departmentId: 'service' },
 *     { kind: 'user', id: 'lan', name: 'Lan' },
 *   ],
 *   links: [
 *     { from: 'service', to: 'an', service: 'spare parts', deliverable: 'product', owner: 'minh' },
 *     { from: 'an', to: 'lan', service: 'repair', deliverable: 'service' },
 *   ],
 * });
 * toMermaid(chain, { groupByDepartment: true, highlight: { criticalProviders: criticalProviders(chain, 'lan') } }).split('\n')
 * //=> [
 * //   'flowchart LR',
 * //   '  subgraph internal_customers["Internal customers"]',
 * //   '    subgraph g0["Service"]',
 * //   '      n0["Service"]',
 * //   '      n1(["An"])',
 * //   '      n2(["Minh"])',
 * //   '    end',
 * //   '  end',
 * //   '  subgraph external_customers["External customers"]',
 * //   '    n3(("Lan"))',
 * //   '  end',
 * //   '  n0 -->|"spare parts #40;owner: Minh#41;"| n1',
 * //   '  n1 -->|"repair"| n3',
 * //   '  style external_customers stroke-dasharray: 5 5',
 * //   '  classDef criticalProviders stroke:#6f42c1,stroke-width:4px',
 * //   '  class n0,n1 criticalProviders',
 * // ]
 * ```
 *
 * @category Chain
 */
export function toMermaid(chain: ServiceChain, options?: DiagramOptions): string {
  const state = stateOf(chain);
  const { direction, quality, locale, labels, groupByDepartment, highlight, legend } = readDiagramOptions(state, options);
  const words = diagramWords(locale);
  const { n, m, kinds, links } = state;
  const lines: string[] = [`flowchart ${direction}`];
  const shaped = (id: string, code: number, text: string): string => {
    const shape = SHAPES[code] as readonly [string, string];
    return `${id}${shape[0]}"${label(text)}"${shape[1]}`;
  };
  const node = (v: number, indent: string): string => `${indent}${shaped(`n${v}`, kinds[v] as number, nameOf(state, v))}`;
  const { home, members } = departmentOf(state, groupByDepartment);
  const side = (external: boolean, id: string, title: string): void => {
    let first = true;
    for (let v = 0; v < n; v += 1) {
      if (isExternalKind(kinds[v] as number) !== external || (home[v] as number) >= 0) continue;
      if (first) {
        lines.push(`  subgraph ${id}["${label(title)}"]`);
        first = false;
      }
      // one push per line: spreading a million members into push() overflows the stack
      const group = members.get(v);
      if (group === undefined) {
        lines.push(node(v, '    '));
        continue;
      }
      lines.push(`    subgraph g${v}["${label(nameOf(state, v))}"]`, node(v, '      '));
      for (const member of group) lines.push(node(member, '      '));
      lines.push('    end');
    }
    if (!first) lines.push('  end');
  };
  side(false, 'internal_customers', words.internal);
  side(true, 'external_customers', words.external);
  for (let l = 0; l < m; l += 1) {
    const arrow = labels ? `-->|"${label(edgeText(state, l, locale))}"|` : '-->';
    lines.push(`  n${links.from[l] as number} ${arrow} n${links.to[l] as number}`);
  }
  const anyExternal = kinds.some((code) => isExternalKind(code));
  if (anyExternal) lines.push('  style external_customers stroke-dasharray: 5 5');

  // node ids per class: quality bands, then highlights (a later class draws over an earlier one's border)
  const classes = new Map<string, string[]>();
  const addTo = (name: string, id: string): void => {
    const list = classes.get(name);
    if (list === undefined) classes.set(name, [id]);
    else list.push(id);
  };
  for (const band of ['red', 'amber', 'green'] as const) classes.set(band, []);
  for (const key of HIGHLIGHTS) classes.set(key, []);
  for (let v = 0; v < n; v += 1) {
    const value = quality === null ? Number.NaN : (quality[v] as number);
    if (!Number.isNaN(value)) addTo(bandOf(value), `n${v}`);
    const bits = highlight === null ? 0 : (highlight[v] as number);
    HIGHLIGHTS.forEach((key, k) => {
      if ((bits & (1 << k)) !== 0) addTo(key, `n${v}`);
    });
  }
  if (legend) {
    lines.push(`  subgraph legend["${label(words.legend)}"]`);
    const drawn = new Set<number>(kinds);
    for (const code of Object.values(KIND_CODES)) {
      if (drawn.has(code)) lines.push(`    ${shaped(`legend_${code}`, code, words.kind(code))}`);
    }
    for (const [name, ids] of classes) {
      if (ids.length === 0) continue;
      const text = (HIGHLIGHTS as readonly string[]).includes(name) ? words.highlight(name as 'orphans') : words.band(name as 'red');
      lines.push(`    legend_${name}["${label(text)}"]`);
      ids.push(`legend_${name}`);
    }
    lines.push('  end');
  }
  for (const [name, ids] of classes) {
    if (ids.length === 0) continue;
    lines.push(`  classDef ${name} ${classStyle(name)}`);
    lines.push(`  class ${ids.join(',')} ${name}`);
  }
  return lines.join('\n');
}

function classStyle(name: string): string {
  if (name === 'red' || name === 'amber' || name === 'green') {
    const colours = BAND_COLOURS[name];
    return `fill:${colours.fill},stroke:${colours.stroke},color:#000`;
  }
  const style = HIGHLIGHT_STYLES[name as 'orphans'];
  return style.dashed ? `stroke:${style.stroke},stroke-width:3px,stroke-dasharray:4 3` : `stroke:${style.stroke},stroke-width:4px`;
}
