/**
 * Validates customers and links together and builds the chain's state.
 * Every problem is collected; the caller throws them all at once.
 */
import { describe } from '../_internal/fail.js';
import type { Issue } from '../errors.js';
import { collectCustomer } from '../customers/parseCustomer.js';
import type { Customer } from '../customers/schemas.js';
import { buildState, findDuplicateLinks, type ChainBase } from './_build.js';
import { linkBuilder, readLink, type LinkBuilder } from './_readLink.js';
import { FIRST_EXTERNAL, KIND_CODES, UNREADABLE_KIND, type ChainState } from './_state.js';

type Path = (string | number)[];

/** Reads `value[key]` without letting a hostile getter or proxy throw. */
function readKey(value: object, key: string | number): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: (value as Record<string | number, unknown>)[key] };
  } catch {
    return { ok: false };
  }
}

/** The length of an array, or -1 when it cannot be read. */
function arrayLength(value: unknown): number {
  try {
    if (!Array.isArray(value)) return -2;
    const length = value.length;
    return typeof length === 'number' ? length : -1;
  } catch {
    return -1;
  }
}

function kindCode(kind: string): number {
  return (KIND_CODES as Record<string, number>)[kind] ?? UNREADABLE_KIND;
}

/** The `id` of a customer that failed to parse, when it is still a usable string. */
function salvageId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  try {
    const id = (raw as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The kind code of a customer record that failed to parse, when its `kind`
 * is itself one of the kinds: the links that name it are then still checked
 * against its kind (an external customer providing, an owner who is not an
 * employee), so one typo elsewhere in the record does not hide those issues
 * until it is fixed. Otherwise `UNREADABLE_KIND`, and nothing is said of
 * references to it.
 */
function salvageKind(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return UNREADABLE_KIND;
  try {
    const kind = (raw as { kind?: unknown }).kind;
    return typeof kind === 'string' && Object.hasOwn(KIND_CODES, kind) ? kindCode(kind) : UNREADABLE_KIND;
  } catch {
    return UNREADABLE_KIND;
  }
}

const A_DEPARTMENT = 'a department';
const AN_EMPLOYEE = 'an employee';
const A_USER_OR_BUYER = 'a user or a buyer';

/**
 * Validates `customers` and `links` (found at `['customers']` and
 * `['links']` of the input) and returns the state, or undefined with the
 * problems pushed onto `issues`.
 */
export function constructChain(customersRaw: unknown, linksRaw: unknown, issues: Issue[]): ChainState | undefined {
  // ---- customers ---------------------------------------------------------
  const customerCount = arrayLength(customersRaw);
  if (customerCount < 0) {
    issues.push({
      path: ['customers'],
      code: 'INVALID_INPUT',
      message: customerCount === -2 ? `must be an array of customers, not ${describe(customersRaw)}` : 'could not be read',
    });
  }
  const ids: string[] = [];
  const index = new Map<string, number>();
  const nodes: (Customer | undefined)[] = [];
  const kinds: number[] = [];
  const positionOf: number[] = [];
  let allCustomersValid = customerCount >= 0;
  for (let p = 0; p < customerCount; p += 1) {
    const read = readKey(customersRaw as object, p);
    if (!read.ok) {
      issues.push({ path: ['customers', p], code: 'INVALID_INPUT', message: 'could not be read' });
      allCustomersValid = false;
      continue;
    }
    const customer = collectCustomer(read.value, ['customers', p], issues);
    const id = customer === undefined ? salvageId(read.value) : customer.id;
    if (customer === undefined) allCustomersValid = false;
    if (id === undefined) continue;
    const existing = index.get(id);
    if (existing !== undefined) {
      issues.push({
        path: ['customers', p, 'id'],
        code: 'DUPLICATE_ID',
        message: `id ${JSON.stringify(id)} is already used by customers[${positionOf[existing] as number}]`,
      });
      allCustomersValid = false;
      continue;
    }
    index.set(id, ids.length);
    ids.push(id);
    positionOf.push(p);
    kinds.push(customer === undefined ? salvageKind(read.value) : kindCode(customer.kind));
    nodes.push(customer);
  }
  const n = ids.length;

  // ---- references inside customers --------------------------------------
  const parent = new Int32Array(n).fill(-1);
  const manager = new Int32Array(n).fill(-1);
  const check = (p: number, field: string, target: string | undefined, accepts: (code: number) => boolean, what: string): number => {
    if (target === undefined) return -1;
    const node = index.get(target);
    if (node === undefined) {
      issues.push({ path: ['customers', p, field], code: 'UNKNOWN_REFERENCE', message: `no customer ${JSON.stringify(target)}` });
      return -1;
    }
    const code = kinds[node] as number;
    if (code === UNREADABLE_KIND) return -1;
    if (!accepts(code)) {
      issues.push({ path: ['customers', p, field], code: 'WRONG_KIND', message: `${JSON.stringify(target)} must be ${what}` });
      return -1;
    }
    return node;
  };
  const isDepartment = (code: number): boolean => code === KIND_CODES.department;
  const isEmployee = (code: number): boolean => code === KIND_CODES.employee;
  const isUserOrBuyer = (code: number): boolean => code === KIND_CODES.user || code === KIND_CODES.buyer;
  for (let node = 0; node < n; node += 1) {
    const customer = nodes[node];
    if (customer === undefined) continue;
    const p = positionOf[node] as number;
    switch (customer.kind) {
      case 'department':
        parent[node] = check(p, 'parentId', customer.parentId, isDepartment, A_DEPARTMENT);
        check(p, 'headId', customer.headId, isEmployee, AN_EMPLOYEE);
        break;
      case 'employee':
        check(p, 'departmentId', customer.departmentId, isDepartment, A_DEPARTMENT);
        manager[node] = check(p, 'managerId', customer.managerId, isEmployee, AN_EMPLOYEE);
        break;
      case 'beneficiary':
        check(p, 'via', customer.via, isUserOrBuyer, A_USER_OR_BUYER);
        break;
      default:
        break;
    }
  }
  findHierarchyCycles(parent, 'parentId', 'departments', positionOf, ids, issues);
  findHierarchyCycles(manager, 'managerId', 'employees', positionOf, ids, issues);

  // ---- links -------------------------------------------------------------
  const linkCount = arrayLength(linksRaw);
  if (linkCount < 0) {
    issues.push({
      path: ['links'],
      code: 'INVALID_INPUT',
      message: linkCount === -2 ? `must be an array of links, not ${describe(linksRaw)}` : 'could not be read',
    });
  }
  const size = Math.max(0, linkCount);
  const cols = linkBuilder(size);
  const kindArray = Uint8Array.from(kinds);
  const prefix = ['links'];
  readLinks(linksRaw as readonly unknown[], size, index, kindArray, cols, issues);

  // When a customer failed, `nodes` has holes; the state is then only used for the duplicate check.
  const customers = nodes as Customer[];
  const base: ChainBase = { ids, index, customers, kinds: kindArray };
  const state = buildState(base, {
    from: cols.from,
    to: cols.to,
    service: cols.service,
    deliverable: cols.deliverable,
    weight: cols.weight,
    sla: cols.sla,
    validFrom: cols.validFrom,
    validTo: cols.validTo,
    start: cols.start,
    end: cols.end,
    owner: cols.owner,
    calendar: cols.calendar,
  });
  findDuplicateLinks(state, prefix, issues);
  if (issues.length > 0 || !allCustomersValid) return undefined;
  for (const customer of customers) deepFreeze(customer);
  Object.freeze(customers);
  Object.freeze(ids);
  return state;
}

function deepFreeze(customer: Customer): void {
  if (customer.tags !== undefined) Object.freeze(customer.tags);
  if (customer.attributes !== undefined) Object.freeze(customer.attributes);
  Object.freeze(customer);
}

/** Reports every customer on a loop of `field`s (a department's `parentId`, an employee's `managerId`), at that field. */
function findHierarchyCycles(
  parent: Int32Array,
  field: 'parentId' | 'managerId',
  who: 'departments' | 'employees',
  positionOf: readonly number[],
  ids: readonly string[],
  issues: Issue[],
): void {
  const n = parent.length;
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  const walk: number[] = [];
  for (let s = 0; s < n; s += 1) {
    if (state[s] !== 0 || parent[s] === -1) continue;
    walk.length = 0;
    let x = s;
    while (x !== -1 && state[x] === 0) {
      state[x] = 1;
      walk.push(x);
      x = parent[x] as number;
    }
    if (x !== -1 && state[x] === 1) {
      const loop = walk.slice(walk.indexOf(x));
      const names = loop.map((node) => JSON.stringify(ids[node])).join(' → ');
      for (const node of loop) {
        const path: Path = ['customers', positionOf[node] as number, field];
        issues.push({ path, code: 'HIERARCHY_CYCLE', message: `${who} loop through their ${field}s: ${names}` });
      }
    }
    for (const node of walk) state[node] = 2;
  }
}

/**
 * Resolves the owner of link `i` (read into `cols.ownerId`) to an employee and
 * records it; false when it names no customer, one that failed to parse, or
 * a customer of another kind.
 */
function readOwner(cols: LinkBuilder, i: number, index: ReadonlyMap<string, number>, kinds: Uint8Array, issues: Issue[]): boolean {
  const ownerId = cols.ownerId as string;
  const node = index.get(ownerId);
  if (node === undefined) {
    issues.push({ path: ['links', i, 'owner'], code: 'UNKNOWN_REFERENCE', message: `no customer ${JSON.stringify(ownerId)}` });
    return false;
  }
  const code = kinds[node] as number;
  if (code === UNREADABLE_KIND) return false;
  if (code !== KIND_CODES.employee) {
    issues.push({ path: ['links', i, 'owner'], code: 'WRONG_KIND', message: `${JSON.stringify(ownerId)} must be ${AN_EMPLOYEE}` });
    return false;
  }
  if (cols.owner === null) cols.owner = new Int32Array(cols.size).fill(-1);
  cols.owner[i] = node;
  return true;
}

/**
 * Reads every link into `cols`, resolving its ends. A link with any problem
 * keeps `from = -1`, which leaves it out of the adjacency.
 */
function readLinks(
  linksRaw: readonly unknown[],
  size: number,
  index: ReadonlyMap<string, number>,
  kinds: Uint8Array,
  cols: LinkBuilder,
  issues: Issue[],
): void {
  const prefix = ['links'];
  let i = 0;
  let before = 0;
  while (i < size) {
    // One try around the whole loop: a hostile link (throwing getter,
    // revoked proxy) costs a restart from the next link, not a try per link.
    try {
      for (; i < size; i += 1) {
        before = issues.length;
        let ok = readLink(linksRaw[i], i, cols, prefix, issues);
        const fromId = cols.fromId;
        const toId = cols.toId;
        let u = -1;
        let v = -1;
        if (fromId !== undefined) {
          u = index.get(fromId) ?? -1;
          if (u < 0) {
            issues.push({ path: ['links', i, 'from'], code: 'UNKNOWN_REFERENCE', message: `no customer ${JSON.stringify(fromId)}` });
          } else if (kinds[u] === UNREADABLE_KIND) {
            ok = false;
          } else if ((kinds[u] as number) >= FIRST_EXTERNAL) {
            issues.push({
              path: ['links', i, 'from'],
              code: 'EXTERNAL_PROVIDER',
              message: `${JSON.stringify(fromId)} is an external customer and cannot provide a link`,
            });
            ok = false;
          }
        }
        if (toId !== undefined) {
          v = index.get(toId) ?? -1;
          if (v < 0) {
            issues.push({ path: ['links', i, 'to'], code: 'UNKNOWN_REFERENCE', message: `no customer ${JSON.stringify(toId)}` });
          } else if (kinds[v] === UNREADABLE_KIND) {
            ok = false;
          }
        }
        if (cols.ownerId !== undefined && !readOwner(cols, i, index, kinds, issues)) ok = false;
        if (fromId !== undefined && fromId === toId) {
          issues.push({ path: ['links', i], code: 'SELF_LINK', message: `${JSON.stringify(fromId)} cannot serve itself` });
          ok = false;
        }
        if (ok && u >= 0 && v >= 0) {
          cols.from[i] = u;
          cols.to[i] = v;
        }
      }
    } catch {
      issues.length = before;
      issues.push({ path: ['links', i], code: 'INVALID_INPUT', message: 'could not be read' });
      i += 1;
    }
  }
}
