import * as z from 'zod';
import {
  BeneficiarySchema,
  BuyerSchema,
  CustomerSchema,
  DepartmentSchema,
  EmployeeSchema,
  ShareholderSchema,
  UserSchema,
} from '../customers/schemas.js';
import { CalendarSchema, ServiceLinkSchema } from '../chain/index.js';
import {
  InteractionSchema,
  ObservationSchema,
  PurchaseSchema,
  ReferralSchema,
  SurveySchema,
  TaskSchema,
} from '../observations/index.js';

/** The record types {@link jsonSchemas} describes. @category Report */
export type JsonSchemaName =
  | 'Customer'
  | 'Department'
  | 'Employee'
  | 'Shareholder'
  | 'User'
  | 'Buyer'
  | 'Beneficiary'
  | 'ServiceLink'
  | 'Calendar'
  | 'Observation'
  | 'Survey'
  | 'Task'
  | 'Purchase'
  | 'Referral'
  | 'Interaction';

/** A JSON Schema document (draft 2020-12) as plain data. @category Report */
export type JsonSchema = Record<string, unknown>;

const SOURCES = {
  Customer: CustomerSchema,
  Department: DepartmentSchema,
  Employee: EmployeeSchema,
  Shareholder: ShareholderSchema,
  User: UserSchema,
  Buyer: BuyerSchema,
  Beneficiary: BeneficiarySchema,
  ServiceLink: ServiceLinkSchema,
  Calendar: CalendarSchema,
  Observation: ObservationSchema,
  Survey: SurveySchema,
  Task: TaskSchema,
  Purchase: PurchaseSchema,
  Referral: ReferralSchema,
  Interaction: InteractionSchema,
} as const;

/**
 * JSON Schemas (draft 2020-12, made by zod 4's converter) for every record
 * type the library reads, so apps can put them in OpenAPI documents or
 * validate at the edge. They describe the input side: fields with defaults
 * are optional. Checks that JSON Schema cannot say (a date that exists, a
 * completion after its request) are left to the library's own parsers.
 *
 * @returns a fresh object with one schema per record type
 * @throws {ClienteleError} never
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'clientele';
 *
 * const schemas = jsonSchemas();
 * schemas.Employee.required
 * //=> ['kind', 'id', 'name', 'departmentId']
 * const variants = schemas.Customer.oneOf as unknown[];
 * variants.length
 * //=> 6
 * ```
 *
 * @category Report
 */
export function jsonSchemas(): Record<JsonSchemaName, JsonSchema> {
  const out = {} as Record<JsonSchemaName, JsonSchema>;
  for (const name of Object.keys(SOURCES) as JsonSchemaName[]) {
    out[name] = z.toJSONSchema(SOURCES[name], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  }
  return out;
}
