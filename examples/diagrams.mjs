// Diagrams: the chain as Mermaid and Graphviz DOT source, coloured by quality.
//
//   node examples/diagrams.mjs
//
// The library returns diagram text; rendering is the app's job (paste the
// Mermaid text into a Markdown file, or pipe the DOT text to `dot -Tsvg`).
import { createServiceChain, propagateQuality, toDot, toMermaid } from 'clientele';

const chain = createServiceChain({
  customers: [
    { kind: 'department', id: 'it', name: 'IT' },
    { kind: 'department', id: 'kitchen', name: 'Central Kitchen' },
    { kind: 'employee', id: 'driver', name: 'Nguyen Van An', departmentId: 'kitchen', title: 'Driver' },
    { kind: 'buyer', id: 'cafe', name: 'Cafe "Hoa Sen"', party: 'organization' },
    { kind: 'beneficiary', id: 'guests', name: 'Cafe guests', via: 'cafe' },
  ],
  links: [
    { from: 'it', to: 'kitchen', service: 'ordering app', deliverable: 'tool' },
    { from: 'kitchen', to: 'driver', service: 'packed meals', deliverable: 'product' },
    { from: 'driver', to: 'cafe', service: 'deliveries', deliverable: 'service' },
    { from: 'driver', to: 'guests', service: 'fresh meals', deliverable: 'product' },
  ],
});

// Each unit's own quality (0-1); propagateQuality turns it into what reaches
// each customer. Fill colours: red below 0.4, amber below 0.7, green above.
const quality = propagateQuality(chain, { it: 0.95, kitchen: 0.7, driver: 0.55 });
console.log('Effective quality:', [...quality].map(([id, q]) => `${id} ${q.toFixed(3)}`).join(', '));

console.log('\n--- Mermaid (top to bottom) ---');
console.log(toMermaid(chain, { quality, direction: 'TB' }));

console.log('\n--- Graphviz DOT ---');
console.log(toDot(chain, { quality }));
