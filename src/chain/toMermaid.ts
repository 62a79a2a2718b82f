import { BAND_COLOURS, bandOf, readDiagramOptions, withoutControls } from './_diagram.js';
import { FIRST_EXTERNAL, stateOf } from './_state.js';
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
 * with its service. Node ids are generated (`n0`, `n1`, … in customer
 * order), and names and services are escaped, so any text renders. With
 * `quality`, units are filled red (below 0.4), amber (below 0.7) or green.
 * Rendering is the app's job.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param options - `{ quality?, direction? }`
 * @returns the diagram's source text
 * @throws {ClienteleError} `INVALID_INPUT` for an unknown option or direction, or a quality outside [0, 1] (`['options', 'quality', id]`); `UNKNOWN_REFERENCE` for a quality of an id not in the chain
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
 * ```
 *
 * @category Chain
 */
export function toMermaid(chain: ServiceChain, options?: DiagramOptions): string {
  const state = stateOf(chain);
  const { direction, quality } = readDiagramOptions(state, options);
  const { n, m, kinds, customers, links } = state;
  const lines: string[] = [`flowchart ${direction}`];
  const node = (v: number): string => {
    const shape = SHAPES[kinds[v] as number] as readonly [string, string];
    return `    n${v}${shape[0]}"${label((customers[v] as { name: string }).name)}"${shape[1]}`;
  };
  const side = (external: boolean, id: string, title: string): void => {
    let first = true;
    for (let v = 0; v < n; v += 1) {
      if (((kinds[v] as number) >= FIRST_EXTERNAL) !== external) continue;
      if (first) {
        lines.push(`  subgraph ${id}["${title}"]`);
        first = false;
      }
      // one push per line: spreading a million members into push() overflows the stack
      lines.push(node(v));
    }
    if (!first) lines.push('  end');
  };
  side(false, 'internal_customers', 'Internal customers');
  side(true, 'external_customers', 'External customers');
  for (let l = 0; l < m; l += 1) {
    lines.push(`  n${links.from[l] as number} -->|"${label(links.service[l] as string)}"| n${links.to[l] as number}`);
  }
  if (kinds.some((code) => code >= FIRST_EXTERNAL)) lines.push('  style external_customers stroke-dasharray: 5 5');
  if (quality !== null) {
    const byBand = new Map<string, number[]>();
    for (let v = 0; v < n; v += 1) {
      const value = quality[v] as number;
      if (Number.isNaN(value)) continue;
      const band = bandOf(value);
      const list = byBand.get(band) ?? [];
      list.push(v);
      byBand.set(band, list);
    }
    for (const band of ['red', 'amber', 'green'] as const) {
      const list = byBand.get(band);
      if (list === undefined) continue;
      const colours = BAND_COLOURS[band];
      lines.push(`  classDef ${band} fill:${colours.fill},stroke:${colours.stroke},color:#000`);
      lines.push(`  class ${list.map((v) => `n${v}`).join(',')} ${band}`);
    }
  }
  return lines.join('\n');
}
