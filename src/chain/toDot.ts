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
import type { DiagramOptions } from './toMermaid.js';

/** A DOT double-quoted string: backslashes and quotes escaped, control characters drawn as spaces. */
function quoted(text: string): string {
  return `"${withoutControls(text).replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

// one shape per kind, in the order of CUSTOMER_KINDS
const SHAPES = ['box', 'ellipse', 'component', 'circle', 'hexagon', 'cds'] as const;

/**
 * Graphviz DOT source for the chain: internal customers in one cluster,
 * external ones in another (dashed), one shape per kind (department box,
 * employee ellipse, shareholder component, user circle, buyer hexagon,
 * beneficiary cds) and one edge per link labelled with its service, and with
 * its owner when it has one. Node ids are generated (`n0`, `n1`, … in
 * customer order) and every label is a quoted, escaped string, so any name
 * renders. The options are those of `toMermaid`: `labels: false` for bare
 * edges, `groupByDepartment` for a cluster per department, `highlight` for
 * critical providers (a thick purple outline) and orphans (a dashed grey
 * one), `quality` for red, amber and green fills, `legend` and `locale`.
 * Rendering is the app's job.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param options - `{ quality?, direction?, locale?, labels?, groupByDepartment?, highlight?, legend? }` as for `toMermaid`
 * @returns the diagram's source text
 * @throws {ClienteleError} `INVALID_INPUT` for an unknown option or direction, a locale in another language, a flag that is not a boolean, or a quality outside [0, 1] (`['options', 'quality', id]`); `UNKNOWN_REFERENCE` for a quality or highlight of an id not in the chain
 *
 * @example
 * ```ts
 * import { createServiceChain, toDot } from 'clientele';
 *
 * const chain = createServiceChain({
 *   customers: [
 *     { kind: 'department', id: 'it', name: 'IT "Ops"' },
 *     { kind: 'buyer', id: 'acme', name: 'Acme' },
 *   ],
 *   links: [{ from: 'it', to: 'acme', service: 'support', deliverable: 'support' }],
 * });
 * toDot(chain, { quality: new Map([['it', 0.9]]) }).split('\n')
 * //=> [
 * //   'digraph chain {',
 * //   '  rankdir=LR;',
 * //   '  subgraph cluster_internal {',
 * //   '    label="Internal customers";',
 * //   '    n0 [label="IT \\"Ops\\"", shape=box, style=filled, fillcolor="#d1e7dd", color="#146c43"];',
 * //   '  }',
 * //   '  subgraph cluster_external {',
 * //   '    label="External customers";',
 * //   '    style=dashed;',
 * //   '    n1 [label="Acme", shape=hexagon];',
 * //   '  }',
 * //   '  n0 -> n1 [label="support"];',
 * //   '}',
 * // ]
 * toDot(chain, { locale: 'ru-RU', labels: false, highlight: { orphans: [] } }).split('\n').filter((line) => line.includes('label='))
 * //=> ['    label="Внутренние клиенты";', '    n0 [label="IT \\"Ops\\"", shape=box];', '    label="Внешние клиенты";', '    n1 [label="Acme", shape=hexagon];']
 * ```
 *
 * @category Chain
 */
export function toDot(chain: ServiceChain, options?: DiagramOptions): string {
  const state = stateOf(chain);
  const { direction, quality, locale, labels, groupByDepartment, highlight, legend } = readDiagramOptions(state, options);
  const words = diagramWords(locale);
  const { n, m, kinds, links } = state;
  const lines: string[] = ['digraph chain {', `  rankdir=${direction};`];
  const node = (v: number, indent: string): string => {
    const attributes = [`label=${quoted(nameOf(state, v))}`, `shape=${SHAPES[kinds[v] as number] as string}`];
    const value = quality === null ? Number.NaN : (quality[v] as number);
    const bits = highlight === null ? 0 : (highlight[v] as number);
    const styles: string[] = [];
    let outline: string | undefined;
    if (!Number.isNaN(value)) {
      const colours = BAND_COLOURS[bandOf(value)];
      styles.push('filled');
      attributes.push(`fillcolor="${colours.fill}"`);
      outline = colours.stroke;
    }
    HIGHLIGHTS.forEach((key, k) => {
      if ((bits & (1 << k)) === 0) return;
      const style = HIGHLIGHT_STYLES[key];
      if (style.dashed) styles.push('dashed');
      else attributes.push('penwidth=3');
      outline = style.stroke;
    });
    if (styles.length > 0) attributes.splice(2, 0, styles.length === 1 ? `style=${styles[0] as string}` : `style="${styles.join(',')}"`);
    if (outline !== undefined) attributes.push(`color="${outline}"`);
    return `${indent}n${v} [${attributes.join(', ')}];`;
  };
  const { home, members } = departmentOf(state, groupByDepartment);
  const cluster = (external: boolean, name: string, title: string): void => {
    let first = true;
    for (let v = 0; v < n; v += 1) {
      if (isExternalKind(kinds[v] as number) !== external || (home[v] as number) >= 0) continue;
      if (first) {
        lines.push(`  subgraph ${name} {`, `    label=${quoted(title)};`);
        if (external) lines.push('    style=dashed;');
        first = false;
      }
      // one push per line: spreading a million members into push() overflows the stack
      const group = members.get(v);
      if (group === undefined) {
        lines.push(node(v, '    '));
        continue;
      }
      lines.push(`    subgraph cluster_g${v} {`, `      label=${quoted(nameOf(state, v))};`, node(v, '      '));
      for (const member of group) lines.push(node(member, '      '));
      lines.push('    }');
    }
    if (!first) lines.push('  }');
  };
  cluster(false, 'cluster_internal', words.internal);
  cluster(true, 'cluster_external', words.external);
  for (let l = 0; l < m; l += 1) {
    const attributes = labels ? ` [label=${quoted(edgeText(state, l, locale))}]` : '';
    lines.push(`  n${links.from[l] as number} -> n${links.to[l] as number}${attributes};`);
  }
  if (legend) drawLegend(lines, kinds, quality, highlight, words);
  lines.push('}');
  return lines.join('\n');
}

/** A legend cluster: one sample per kind drawn, per highlight used and per quality band used. */
function drawLegend(
  lines: string[],
  kinds: Uint8Array,
  quality: Float64Array | null,
  highlight: Uint8Array | null,
  words: ReturnType<typeof diagramWords>,
): void {
  lines.push('  subgraph cluster_legend {', `    label=${quoted(words.legend)};`);
  const drawn = new Set<number>(kinds);
  for (const code of Object.values(KIND_CODES)) {
    if (drawn.has(code)) lines.push(`    legend_${code} [label=${quoted(words.kind(code))}, shape=${SHAPES[code] as string}];`);
  }
  let used = 0;
  if (highlight !== null) for (const bits of highlight) used |= bits;
  HIGHLIGHTS.forEach((key, k) => {
    if ((used & (1 << k)) === 0) return;
    const style = HIGHLIGHT_STYLES[key];
    const look = style.dashed ? 'style=dashed' : 'penwidth=3';
    lines.push(`    legend_${key} [label=${quoted(words.highlight(key))}, shape=box, ${look}, color="${style.stroke}"];`);
  });
  const bands = new Set<string>();
  if (quality !== null) for (const value of quality) if (!Number.isNaN(value)) bands.add(bandOf(value));
  for (const band of ['red', 'amber', 'green'] as const) {
    if (!bands.has(band)) continue;
    const colours = BAND_COLOURS[band];
    lines.push(`    legend_${band} [label=${quoted(words.band(band))}, shape=box, style=filled, fillcolor="${colours.fill}", color="${colours.stroke}"];`);
  }
  lines.push('  }');
}
