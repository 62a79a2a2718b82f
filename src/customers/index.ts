export {
  INTERNAL_KINDS,
  EXTERNAL_KINDS,
  CUSTOMER_KINDS,
  SIDES,
  PARTY_TYPES,
} from './kinds.js';
export type { InternalKind, ExternalKind, CustomerKind, Side, PartyType } from './kinds.js';
export {
  IdSchema,
  IsoDateSchema,
  AttributesSchema,
  DepartmentSchema,
  EmployeeSchema,
  ShareholderSchema,
  UserSchema,
  BuyerSchema,
  BeneficiarySchema,
  CustomerSchema,
} from './schemas.js';
export type {
  AttributeValue,
  Attributes,
  Department,
  Employee,
  Shareholder,
  User,
  Buyer,
  Beneficiary,
  Customer,
  InternalCustomer,
  ExternalCustomer,
  ShareholderInput,
  UserInput,
  BuyerInput,
  BeneficiaryInput,
  CustomerInput,
} from './schemas.js';
export { parseCustomer, safeParseCustomer } from './parseCustomer.js';
export type { SafeParseResult } from './parseCustomer.js';
export { sideOf, isInternal, isExternal } from './sideOf.js';
export { classifyParty } from './classifyParty.js';
export type { PartyFacts, ClassificationPolicy, PartyRelation, PartyClassification } from './classifyParty.js';
