/**
 * Two real SQL engines that run inside the test process: DuckDB
 * (`@duckdb/node-api`, the embedded engine) and Postgres (`@electric-sql/pglite`,
 * Postgres compiled to WebAssembly). Each test loads a small table, runs
 * the library's generated SQL grouped by segment, and gets the rows back
 * exactly as the driver returns them (DuckDB: bigints for sums of integers;
 * Postgres: numbers for `bigint` sums that fit, strings for `numeric` ones).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect } from 'vitest';
import { ClienteleError } from '../../src/errors.js';

export type Cell = number | string | null | { readonly sql: string };
export type Row = Readonly<Record<string, unknown>>;

export interface Engine {
  readonly name: 'duckdb' | 'postgres';
  /** Runs statements that return nothing. */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns its rows as the driver gives them. */
  query(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection: DuckDBConnection = await instance.connect();
  return {
    name: 'duckdb',
    async exec(sql) {
      await connection.run(sql);
    },
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjects() as Row[];
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgres(): Promise<Engine> {
  const db = new PGlite();
  await db.waitReady;
  return {
    name: 'postgres',
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql) {
      return (await db.query(sql)).rows as Row[];
    },
    async close() {
      await db.close();
    },
  };
}

/** A SQL literal for a test value: numbers (NaN and ±Infinity as each engine writes them), strings, NULL. */
export function literal(engine: Engine, value: Cell): string {
  if (value === null) return 'NULL';
  if (typeof value === 'object') return value.sql;
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (Number.isNaN(value)) return engine.name === 'duckdb' ? `'nan'::DOUBLE` : `'NaN'::float8`;
  if (value === Infinity) return engine.name === 'duckdb' ? `'inf'::DOUBLE` : `'Infinity'::float8`;
  if (value === -Infinity) return engine.name === 'duckdb' ? `'-inf'::DOUBLE` : `'-Infinity'::float8`;
  return String(value);
}

/** Creates `table` with the given columns and inserts `rows` (in batches of 500). */
export async function load(
  engine: Engine,
  table: string,
  columns: readonly (readonly [name: string, type: string])[],
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;
  await engine.exec(`CREATE TABLE ${quote(table)} (${columns.map(([name, type]) => `${quote(name)} ${type}`).join(', ')})`);
  for (let start = 0; start < rows.length; start += 500) {
    const values = rows
      .slice(start, start + 500)
      .map((row) => `(${row.map((cell) => literal(engine, cell)).join(', ')})`)
      .join(',\n');
    await engine.exec(`INSERT INTO ${quote(table)} VALUES ${values}`);
  }
}

/** A small seeded generator (mulberry32), so every run builds the same tables. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random integer from lo to hi. */
export function between(random: () => number, lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** Every engine under test, each opened once per file. */
export const ENGINES = [
  ['duckdb', duckdb],
  ['postgres', postgres],
] as const;

/**
 * The engine of one `describe.each(ENGINES)` block, opened before its tests
 * (PGlite compiles Postgres from WebAssembly on start: seconds on a busy
 * machine) and closed after them; its methods reach the opened engine.
 */
export function engineFor(name: Engine['name'], open: () => Promise<Engine>): Engine {
  let opened: Engine | undefined;
  beforeAll(async () => {
    opened = await open();
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
  });
  const current = (): Engine => {
    if (opened === undefined) throw new Error(`${name} is not open yet: use the engine inside a test`);
    return opened;
  };
  return { name, exec: (sql) => current().exec(sql), query: (sql) => current().query(sql), close: () => current().close() };
}

/** Runs `run`, expects a ClienteleError, and returns it. */
export function caught(run: () => unknown): ClienteleError {
  let error: unknown;
  try {
    run();
  } catch (thrown) {
    error = thrown;
  }
  expect(error, 'expected a ClienteleError').toBeInstanceOf(ClienteleError);
  return error as ClienteleError;
}
