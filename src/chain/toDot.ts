import { BAND_COLOURS, bandOf, readDiagramOptions, withoutControls } from './_diagram.js';
import { FIRST_EXTERNAL, stateOf } from './_state.js';
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
 * beneficiary cds) and one edge per link labelled with its service. Node ids
 * are generated (`n0`, `n1`, … in customer order) and every label is a
 * quoted, escaped string, so any name renders. With `quality`, units are
 * filled red (below 0.4), amber (below 0.7) or green. Rendering is the app's
 * job.
 *
 * @param chain - a chain made by `createServiceChain`
 * @param options - `{ quality?, direction? }` as for `toMermaid`
 * @returns the diagram's source text
 * @throws {ClienteleError} `INVALID_INPUT` for an unknown option or direction, or a quality outside [0, 1] (`['options', 'quality', id]`); `UNKNOWN_REFERENCE` for a quality of an id not in the chain
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
 * ```
 *
 * @category Chain
 */
export function toDot(chain: ServiceChain, options?: DiagramOptions): string {
  const state = stateOf(chain);
  const { direction, quality } = readDiagramOptions(state, options);
  const { n, m, kinds, customers, links } = state;
  const lines: string[] = ['digraph chain {', `  rankdir=${direction};`];
  const node = (v: number): string => {
    const attributes = [`label=${quoted((customers[v] as { name: string }).name)}`, `shape=${SHAPES[kinds[v] as number] as string}`];
    const value = quality === null ? Number.NaN : (quality[v] as number);
    if (!Number.isNaN(value)) {
      const colours = BAND_COLOURS[bandOf(value)];
      attributes.push('style=filled', `fillcolor="${colours.fill}"`, `color="${colours.stroke}"`);
    }
    return `    n${v} [${attributes.join(', ')}];`;
  };
  const cluster = (external: boolean, name: string, title: string): void => {
    let first = true;
    for (let v = 0; v < n; v += 1) {
      if (((kinds[v] as number) >= FIRST_EXTERNAL) !== external) continue;
      if (first) {
        lines.push(`  subgraph ${name} {`, `    label=${quoted(title)};`);
        if (external) lines.push('    style=dashed;');
        first = false;
      }
      // one push per line: spreading a million members into push() overflows the stack
      lines.push(node(v));
    }
    if (!first) lines.push('  }');
  };
  cluster(false, 'cluster_internal', 'Internal customers');
  cluster(true, 'cluster_external', 'External customers');
  for (let l = 0; l < m; l += 1) {
    lines.push(`  n${links.from[l] as number} -> n${links.to[l] as number} [label=${quoted(links.service[l] as string)}];`);
  }
  lines.push('}');
  return lines.join('\n');
}
