/**
 * The JSON Schemas checked with a real validator (ajv, draft 2020-12): the
 * sample organisation's records are valid, and records the library rejects
 * for their shape are rejected by the schemas too.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, sampleOrganization, type JsonSchemaName } from '../../src/index.js';

const schemas = jsonSchemas();
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map(
  (Object.keys(schemas) as JsonSchemaName[]).map((name) => [name, ajv.compile(schemas[name])]),
);
const validate = (name: JsonSchemaName, record: unknown): boolean => validators.get(name)!(record) as boolean;
const sample = sampleOrganization();

describe('jsonSchemas', () => {
  it('has one schema per record type', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      ['Beneficiary', 'Buyer', 'Calendar', 'Customer', 'Department', 'Employee', 'Interaction', 'Observation', 'Purchase', 'Referral', 'ServiceLink', 'Shareholder', 'Survey', 'Task', 'User'].sort(),
    );
  });

  it('accepts every record of the sample organisation', () => {
    for (const customer of sample.customers) {
      expect(validate('Customer', customer), JSON.stringify(customer)).toBe(true);
      const kind = (customer.kind[0]!.toUpperCase() + customer.kind.slice(1)) as JsonSchemaName;
      expect(validate(kind, customer)).toBe(true);
    }
    for (const link of sample.links) expect(validate('ServiceLink', link), JSON.stringify(link)).toBe(true);
    for (const observation of sample.observations) {
      expect(validate('Observation', observation), JSON.stringify(observation)).toBe(true);
    }
  });

  it('rejects what the parsers reject for its shape', () => {
    expect(validate('Customer', { kind: 'supplier', id: 'x', name: 'X' })).toBe(false);
    expect(validate('Employee', { kind: 'employee', id: 'e', name: 'E' })).toBe(false); // no departmentId
    expect(validate('Buyer', { kind: 'buyer', id: 'b', name: 'B', colour: 'red' })).toBe(false); // unknown key
    expect(validate('Shareholder', { kind: 'shareholder', id: 's', name: 'S', ownership: 1.5 })).toBe(false);
    expect(validate('ServiceLink', { from: 'a', to: 'b', service: 's', deliverable: 'gift' })).toBe(false);
    expect(validate('ServiceLink', { from: 'a', to: 'b', service: 's', deliverable: 'tool', slaHours: 0 })).toBe(false);
    expect(validate('Purchase', { type: 'purchase', customerId: 'c', at: '2025-01-01', amount: -5, currency: 'VND' })).toBe(false);
    expect(validate('Observation', { type: 'rumour', at: '2025-01-01' })).toBe(false);
  });

  it('keeps app attributes free-form but typed', () => {
    const base = { kind: 'user', id: 'u', name: 'U' };
    expect(validate('User', { ...base, attributes: { tier: 'gold', seats: 3, vip: true, note: null } })).toBe(true);
    expect(validate('User', { ...base, attributes: { nested: { a: 1 } } })).toBe(false);
  });

  it('returns fresh objects on every call', () => {
    const first = jsonSchemas();
    (first.User as Record<string, unknown>).title = 'changed';
    expect(jsonSchemas().User.title).toBeUndefined();
  });
});
