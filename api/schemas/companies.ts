/**
 * Companies, contacts and holdings: the records, the cross-sell leads of a
 * holding, the risks, and the request bodies.
 *
 * @module
 */
import { chainLinkSchema } from './chain.js';
import { component } from '../openapi.js';
import { dateTime, listOf, nullableDateTime, nullableString } from './common.js';
import { fieldValuesSchema } from './requests.js';

export const companyStatus = {
  enum: ['lead', 'client', 'former'],
  description: 'lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys',
} as const;

const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const nullableText = (maxLength: number) => ({ type: ['string', 'null'], maxLength }) as const;
/** An id, or null: never empty. */
const nullableId = { type: ['string', 'null'], minLength: 1, maxLength: 200 } as const;
const inn = {
  type: ['string', 'null'],
  maxLength: 20,
  description: 'INN: 10 digits (an organisation) or 12 (an individual entrepreneur), with valid control digits',
} as const;

/** A company as stored (`CompanyRow`). */
export const companySchema = component('Company', {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'name',
    'normalizedName',
    'inn',
    'region',
    'industry',
    'holdingId',
    'status',
    'manager',
    'competitor',
    'becameClientAt',
    'createdAt',
    'updatedAt',
  ],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    normalizedName: { type: 'string', description: 'lower case, without legal forms, quotes and extra spaces' },
    inn: nullableString,
    region: nullableString,
    industry: nullableString,
    holdingId: nullableString,
    status: companyStatus,
    manager: { ...nullableString, description: 'the person (or queue) the company’s client base is with' },
    competitor: { type: 'boolean' },
    noMail: { type: 'boolean', description: 'no automated mail to this company’s contacts' },
    phone: { ...nullableString, description: 'the company’s number as written' },
    phoneE164: { ...nullableString, description: 'the number in E.164: the card links it as `tel:` + this' },
    becameClientAt: nullableDateTime,
    createdAt: dateTime,
    updatedAt: dateTime,
  },
} as const);

export const holdingSchema = component('Holding', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'createdAt'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, createdAt: dateTime },
} as const);

/** A contact person of a company (`ContactRow`). */
export const contactSchema = component('Contact', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'companyId', 'name', 'role', 'email', 'phone', 'isClient', 'optedOut', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    companyId: { type: 'string' },
    name: { type: 'string' },
    role: nullableString,
    email: nullableString,
    phone: nullableString,
    phoneE164: {
      ...nullableString,
      description: 'the number in E.164 (calls are matched by it): the card links it as `tel:` + this',
    },
    isClient: { type: 'boolean', description: 'marked "Client": exported to accounting' },
    optedOut: { type: 'boolean', description: 'no mailings' },
    createdAt: dateTime,
    updatedAt: dateTime,
  },
} as const);

/** `GET /companies/:id`: the company with its holding and contacts. */
export const companyCardSchema = component('CompanyCard', {
  type: 'object',
  additionalProperties: false,
  required: [...companySchema.required, 'holding', 'contacts'],
  properties: {
    ...companySchema.properties,
    holding: { anyOf: [holdingSchema, { type: 'null' }] },
    contacts: { type: 'array', items: contactSchema },
    chain: {
      type: 'array',
      items: chainLinkSchema,
      description: 'links among the company’s deals (a won deal’s after-sale, a lost one’s nurture), oldest first',
    },
  },
} as const);

export const companyListSchema = listOf('companies', companySchema);
export const holdingListSchema = listOf('holdings', holdingSchema);

const holdingRef = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

export const companySummarySchema = component('CompanySummary', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'status', 'inn', 'region', 'industry', 'manager'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    status: companyStatus,
    inn: nullableString,
    region: nullableString,
    industry: nullableString,
    manager: nullableString,
  },
} as const);

/** `GET /companies/:id/related`: the holding's other companies that are not clients yet, as cross-sell leads. */
export const relatedCompaniesSchema = component('RelatedCompanies', {
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'holding', 'related'],
  properties: {
    companyId: { type: 'string' },
    holding: { anyOf: [holdingRef, { type: 'null' }], description: 'null: the company is in no holding' },
    related: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['company', 'reason'],
        properties: {
          company: companySummarySchema,
          reason: { type: 'string', description: 'why it is a lead: the holding and its companies that buy' },
        },
      },
    },
  },
} as const);

/** `GET /companies/:id/risks`: competitors in the company's holding. */
export const companyRisksSchema = component('CompanyRisks', {
  type: 'object',
  additionalProperties: false,
  required: ['companyId', 'risks'],
  properties: {
    companyId: { type: 'string' },
    risks: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'competitor', 'holding', 'message'],
        properties: {
          kind: { const: 'confidentiality' },
          competitor: holdingRef,
          holding: holdingRef,
          message: {
            type: 'string',
            description: 'confidentiality risk: <competitor> belongs to the same holding <holding>',
          },
        },
      },
    },
  },
} as const);

const companyFields = {
  name: text(500),
  inn,
  region: nullableText(200),
  industry: nullableText(200),
  holdingId: nullableId,
  status: companyStatus,
  manager: { ...nullableId, description: 'a manager may name only themselves' },
  competitor: { type: 'boolean' },
  phone: { ...nullableText(50), description: 'the company’s own number, in any written form («8 (495) …»)' },
} as const;

/** `POST /companies` */
export const companyRequestSchema = component('CompanyInput', {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: companyFields,
} as const);

/** `PATCH /companies/:id`: what is sent changes, the rest stays. */
export const companyUpdateSchema = component('CompanyUpdate', {
  type: 'object',
  additionalProperties: false,
  properties: companyFields,
} as const);

/** `PUT /companies/:id/holding` */
export const holdingLinkSchema = component('HoldingLink', {
  type: 'object',
  additionalProperties: false,
  required: ['holdingId'],
  properties: { holdingId: { ...nullableId, description: 'null takes the company out of its holding' } },
} as const);

/** `POST /holdings` */
export const holdingRequestSchema = component('HoldingInput', {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: text(500) },
} as const);

const contactFields = {
  name: text(500),
  role: nullableText(200),
  email: nullableText(320),
  phone: nullableText(50),
  isClient: { type: 'boolean', description: 'marked "Client": exported to accounting' },
  optedOut: { type: 'boolean' },
} as const;

/** `POST /companies/:id/contacts` */
export const contactRequestSchema = component('ContactInput', {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: contactFields,
} as const);

/** `PATCH /companies/:id/contacts/:contactId` */
export const contactUpdateSchema = component('ContactUpdate', {
  type: 'object',
  additionalProperties: false,
  properties: contactFields,
} as const);

/** `POST /companies/:id/related/:relatedId/lead`: the deal to start for the related company. */
export const crossSellLeadSchema = component('CrossSellLead', {
  type: 'object',
  additionalProperties: false,
  required: ['regulationId'],
  properties: {
    regulationId: text(200),
    regulationVersion: { type: 'integer', minimum: 1 },
    owner: { ...text(200), description: 'leave out to let the regulation’s assignment rules decide' },
    fields: fieldValuesSchema,
  },
} as const);

/** `GET /companies` query. */
export const companyQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: companyStatus,
    holdingId: text(200),
    manager: text(200),
    q: {
      ...text(200),
      description:
        'part of the name (normalised), the INN, a contact’s e-mail, or part of a contact’s phone (5+ digits)',
    },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$', description: 'at most this many (default 100)' },
  },
} as const;
