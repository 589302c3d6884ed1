import * as fc from 'fast-check';
import { addDays, luhnCheckDigit } from '@aidledger/domain';
import {
  resolveSchema,
  type DocumentedOperation,
  type OpenApiDocument,
  type OpenApiParameter,
  type SchemaObject,
} from './openapi-schema.js';

/** What exists in the store, so that valid-looking requests get past "unknown id" to the rules behind it. */
export type KnownValues = {
  today: string;
  assets: string[];
  orders: string[];
  persons: string[];
  repairs: string[];
  articles: string[];
  personnummer: string[];
  /** A token the API accepts (admin, so no request stops at the role check) and tokens it must refuse. */
  token: string;
  refusedTokens: string[];
};

export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
};

const MISSING = Symbol('missing');

const weighted = <T>(...choices: Array<[number, fc.Arbitrary<T>]>): fc.Arbitrary<T> =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** A Swedish personnummer in one of the forms people write it, valid or nearly so. */
export const personnummerLike = (known: KnownValues): fc.Arbitrary<string> => {
  const written = fc
    .record({
      birthDay: fc.integer({ min: 0, max: 36_500 }).map((days) => addDays('1925-01-01', days)),
      serial: fc.integer({ min: 0, max: 999 }),
      form: fc.constantFrom('12', '12-', '10', '10-', '10+', ' 10- ', 'samordning', 'wrong check digit', '13th month'),
    })
    .map(({ birthDay, serial, form }) => {
      const [year, month, day] = birthDay.split('-');
      const shown = form === 'samordning' ? String(Number(day) + 60) : day;
      const nine = `${year.slice(2)}${form === '13th month' ? '13' : month}${shown}${String(serial).padStart(3, '0')}`;
      const check = (luhnCheckDigit(nine) + (form === 'wrong check digit' ? 1 : 0)) % 10;
      const ten = `${nine}${check}`;
      if (form.startsWith('12'))
        return `${year.slice(0, 2)}${ten.slice(0, 6)}${form === '12-' ? '-' : ''}${ten.slice(6)}`;
      if (form.startsWith('10') || form.startsWith(' 10')) {
        const separator = form.trim().slice(2);
        return form.replace(/10[-+]?/, `${ten.slice(0, 6)}${separator}${ten.slice(6)}`);
      }
      return ten;
    });
  return known.personnummer.length ? weighted([4, written], [1, fc.constantFrom(...known.personnummer)]) : written;
};

const isoDay = (known: KnownValues): fc.Arbitrary<string> =>
  weighted(
    [8, fc.integer({ min: -400, max: 0 }).map((offset) => addDays(known.today, offset))],
    [1, fc.integer({ min: 1, max: 30 }).map((offset) => addDays(known.today, offset))],
    [
      1,
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    ],
  );

/** Days that do not exist or are not written YYYY-MM-DD. */
const badDay = fc.constantFrom(
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '2025-06-31',
  '2023-02-29',
  '2025-1-5',
  '20250105',
  '2025-01-05T00:00:00Z',
  ' 2025-01-05',
  '0000-01-01',
  '+275760-09-13',
  '-000001-01-01',
  '２０２５-０１-０５',
);

const instant = (known: KnownValues): fc.Arbitrary<string> =>
  weighted(
    [4, fc.integer({ min: -400, max: 1 }).map((offset) => `${addDays(known.today, offset)}T12:00:00Z`)],
    [2, fc.date({ noInvalidDate: true }).map((date) => date.toISOString())],
    [
      2,
      fc.constantFrom('2025-02-30T00:00:00Z', 'not-a-time', '1e-7', '2025-03-01T25:61:00Z', '-271821-04-20T00:00:00Z'),
    ],
    [1, isoDay(known)],
    [1, badDay],
  );

const code = fc.stringMatching(/^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9._-]{0,20}$/);
const text = weighted(
  [3, fc.string({ minLength: 1, maxLength: 40 })],
  [2, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })],
).filter((written) => written.trim() !== '');

const hostileText = (known: KnownValues): fc.Arbitrary<string> =>
  weighted(
    [3, fc.string({ unit: 'binary', maxLength: 60 })],
    [2, personnummerLike(known)],
    [2, badDay],
    [
      3,
      fc.constantFrom(
        '',
        ' ',
        '\u0000',
        '\ud800',
        '\udfff\ud800',
        '\u202e',
        '🦽♿',
        'Ärendet gäller Åsa Öberg',
        '../../etc/passwd',
        '..%2F..%2F',
        '%00',
        '%',
        "' OR 1=1 --",
        '"); DROP TABLE events; --',
        '<script>alert(1)</script>',
        '${jndi:ldap://x}',
        '__proto__',
        'constructor',
        'null',
        'undefined',
        'NaN',
        'Infinity',
        '-0',
        '1e-7',
        '1e308',
        '9007199254740993',
        '0x1F',
        '1_000',
        '٣',
        '00000000-0000-0000-0000-000000000000',
        'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
      ),
    ],
    [
      1,
      fc
        .tuple(fc.constantFrom('x', 'é', '🦽', '['), fc.integer({ min: 200, max: 70_000 }))
        .map(([c, n]) => c.repeat(n)),
    ],
  );

const hostileNumber = weighted(
  [2, fc.double()],
  [2, fc.integer()],
  [
    3,
    fc.constantFrom(
      1e-7,
      2.005,
      -1,
      -0,
      0,
      0.1 + 0.2,
      1e21,
      1e300,
      -1e308,
      5e-324,
      Number.MAX_SAFE_INTEGER + 2,
      -(2 ** 63),
      2 ** 64,
      191212121212,
    ),
  ],
);

/** Wrong types and odd values for any field: null, numbers at the edges, strings, arrays and objects. */
const hostileJson = (known: KnownValues): fc.Arbitrary<unknown> => {
  const scalar = weighted<unknown>(
    [1, fc.constant(null)],
    [1, fc.boolean()],
    [3, hostileNumber],
    [4, hostileText(known)],
  );
  const key = weighted([3, fc.string({ maxLength: 12 })], [1, fc.constantFrom('__proto__', 'constructor', 'toString')]);
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  }));
  return weighted([9, value], [1, fc.integer({ min: 10, max: 60 }).map(nested)]);
};

/** Arrays and objects nested `depth` deep: the API refuses more than 32 levels before parsing. */
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { nested: value };
  return value;
};

const pick = <T>(values: T[], otherwise: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  values.length ? weighted([3, fc.constantFrom(...values)], [1, otherwise]) : otherwise;

const idsNamed = (name: string, path: string, known: KnownValues): string[] => {
  const byName: Record<string, string[]> = {
    assetId: known.assets,
    orderId: known.orders,
    personId: known.persons,
    repairId: known.repairs,
    cursor: known.assets,
  };
  if (byName[name]) return byName[name];
  const resource = path.split('/')[2];
  return { assets: known.assets, orders: known.orders, persons: known.persons }[resource] ?? [];
};

/** A value a careful client might send for a field of this name and schema. */
const validLooking = (
  document: OpenApiDocument,
  name: string,
  schema: SchemaObject,
  path: string,
  known: KnownValues,
): fc.Arbitrary<unknown> => {
  const resolved = resolveSchema(document, schema.allOf?.[0] ?? schema);
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  if (resolved.type === 'boolean') return fc.boolean();
  if (resolved.type === 'number' || resolved.type === 'integer') {
    const numbers: Record<string, fc.Arbitrary<number>> = {
      priority: fc.integer({ min: 1, max: 3 }),
      quantity: fc.integer({ min: 1, max: 50 }),
      quantityChange: fc.integer({ min: -20, max: 20 }),
      limit: fc.integer({ min: 1, max: 500 }),
      inspectionIntervalMonths: fc.integer({ min: 1, max: 60 }),
      expectedLifetimeYears: fc.integer({ min: 1, max: 20 }),
    };
    return numbers[name] ?? fc.integer({ min: 0, max: 2_000_000 }).map((ore) => ore / 100);
  }
  if (name === 'personnummer') return personnummerLike(known);
  if (name === 'asOf') return instant(known);
  if (/(On|Date|To)$|^(from|to|day)$/.test(name)) return isoDay(known);
  // Registering an article needs a new number; every other command names one that exists.
  if (name === 'articleNo')
    return path === '/api/articles'
      ? weighted([3, code], [1, fc.constantFrom(...known.articles)])
      : pick(known.articles, code);
  if (name === 'id' || name.endsWith('Id') || name === 'cursor') {
    const ids = idsNamed(name, path, known);
    if (ids.length) return pick(ids, fc.uuid());
    const codes: Record<string, string[]> = {
      routeId: ['R1', 'R-VASTERAS-1'],
      payerId: ['KUND-VASTERAS'],
      prescriberId: ['FS-1', 'FS-1042'],
    };
    return codes[name] ? pick(codes[name], code) : fc.uuid();
  }
  const words: Record<string, string[]> = {
    location: ['VAS-HUVUDLAGER', 'SALA-LAGER', 'KÖPING_1'],
    municipality: ['Västerås', 'Sala', 'Köping', 'Fagersta'],
    isoCode: ['12 22 03', '12 06 06', '18 12 10'],
  };
  if (words[name]) return pick(words[name], text);
  if (name === 'serialNumber') return weighted([3, fc.uuid()], [1, text]);
  return text;
};

/** A field's value: mostly valid-looking, sometimes hostile, sometimes left out. */
const fieldValue = (
  document: OpenApiDocument,
  name: string,
  schema: SchemaObject,
  required: boolean,
  path: string,
  known: KnownValues,
): fc.Arbitrary<unknown> =>
  weighted<unknown>(
    [required ? 1 : 8, fc.constant(MISSING)],
    [required ? 40 : 8, validLooking(document, name, schema, path, known)],
    [required ? 3 : 1, hostileJson(known)],
  );

const rawBodies = (known: KnownValues): fc.Arbitrary<string | undefined> =>
  weighted(
    [4, hostileJson(known).map((value) => JSON.stringify(value) ?? 'null')],
    [
      3,
      fc.constantFrom(
        undefined,
        '',
        ' ',
        '{',
        '{"a":',
        '[1,]',
        '{"a":1,}',
        "{'a':1}",
        'NaN',
        '{"a":NaN}',
        '{"a":1}{"b":2}',
        '\uFEFF{}',
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"admin":true}}}',
        '{"a":"\\ud800"}',
        '{"a":1e999}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"a":"${'x'.repeat(70_000)}"}`,
      ),
    ],
  );

const body = (document: OpenApiDocument, schema: SchemaObject, path: string, known: KnownValues) => {
  const resolved = resolveSchema(document, schema);
  const required = new Set(resolved.required ?? []);
  const fields = Object.entries(resolved.properties ?? {}).map(([name, property]) =>
    fieldValue(document, name, property, required.has(name), path, known).map((value) => [name, value] as const),
  );
  const extraKey = weighted(
    [2, fc.string({ maxLength: 12 })],
    [1, personnummerLike(known)],
    [
      1,
      fc.constantFrom(
        '__proto__',
        'constructor',
        'admin',
        'role',
        'actor',
        ...Object.keys(resolved.properties ?? {}).map((name) => name.toUpperCase()),
      ),
    ],
  );
  const extras = weighted(
    [9, fc.constant([] as Array<readonly [string, unknown]>)],
    [1, fc.array(fc.tuple(extraKey, hostileJson(known)), { minLength: 1, maxLength: 3 })],
  );
  const shaped = fc
    .tuple(fc.tuple(...fields), extras)
    .map(([entries, extra]) =>
      JSON.stringify(Object.fromEntries([...entries.filter(([, value]) => value !== MISSING), ...extra])),
    );
  return weighted<string | undefined>([9, shaped], [1, rawBodies(known)]);
};

/** encodeURIComponent refuses lone surrogates; such a value is then sent as it is. */
const encode = (value: string): string => {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
};

const pathValue = (
  document: OpenApiDocument,
  parameter: OpenApiParameter,
  path: string,
  known: KnownValues,
): fc.Arbitrary<string> =>
  weighted(
    [10, validLooking(document, parameter.name, parameter.schema, path, known).map(String)],
    [2, fc.uuid()],
    [1, personnummerLike(known)],
    [2, hostileText(known)],
  ).chain((value) => weighted([9, fc.constant(encode(value))], [1, fc.constant(value)]));

type QueryPair = [string, string | undefined];

const queryPairs = (
  document: OpenApiDocument,
  parameter: OpenApiParameter,
  path: string,
  known: KnownValues,
): fc.Arbitrary<QueryPair[]> => {
  const { name } = parameter;
  const valid = validLooking(document, name, parameter.schema, path, known).map(String);
  const hostile = hostileText(known);
  return weighted<QueryPair[]>(
    [6, fc.constant([])],
    [6, valid.map((value) => [[name, value]])],
    [1, hostile.map((value) => [[name, value]])],
    [
      1,
      fc.tuple(valid, hostile).map(([a, b]) => [
        [name, a],
        [name, b],
      ]),
    ],
    [
      1,
      fc
        .tuple(fc.constantFrom(`${name}[]`, `${name}[$ne]`, `${name}.x`, `${name}[0]`, ''), hostile)
        .map(([key, value]) => [[key, value]]),
    ],
    [1, fc.constantFrom<QueryPair[]>([[name, undefined]], [[name, '']])],
  );
};

const queryString = (pairs: QueryPair[]): string =>
  pairs.map(([key, value]) => (value === undefined ? encode(key) : `${encode(key)}=${encode(value)}`)).join('&');

const CONTENT_TYPES = [
  'text/plain',
  'application/json; charset=utf-8',
  'application/JSON',
  'application/json;;',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
];

const headers = (known: KnownValues, method: string, path: string, hasBody: boolean) => {
  const authorization = weighted(
    [40, fc.constant(`Bearer ${known.token}`)],
    [
      1,
      fc.constantFrom(...known.refusedTokens.map((token) => `Bearer ${token}`), 'Bearer', 'Basic YWRtaW46YWRtaW4=', ''),
    ],
  );
  const contentType = hasBody
    ? weighted(
        [20, fc.constant('application/json')],
        [1, fc.constantFrom(...CONTENT_TYPES)],
        [1, fc.constant(undefined)],
      )
    : weighted([9, fc.constant(undefined)], [1, fc.constant('application/json')]);
  const visible = fc.stringMatching(/^[\x21-\x7e]{1,40}$/);
  const commandHeader = (valid: fc.Arbitrary<string>) =>
    method === 'POST' && !path.endsWith('/lookup')
      ? weighted<string | undefined>([6, fc.constant(undefined)], [2, valid], [1, hostileText(known)])
      : fc.constant(undefined);
  return fc
    .record({
      authorization,
      'content-type': contentType,
      'idempotency-key': commandHeader(visible),
      'if-match': commandHeader(fc.integer({ min: 0, max: 8 }).map((revision) => `"${revision}"`)),
      'x-correlation-id': weighted<string | undefined>([9, fc.constant(undefined)], [1, hostileText(known)]),
    })
    .map((all) =>
      Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    );
};

/** Requests for one documented operation: its path, query and body built from the document, valid and hostile. */
export const requestsFor = (
  document: OpenApiDocument,
  { method, path, operation }: DocumentedOperation,
  known: KnownValues,
): fc.Arbitrary<FuzzRequest> => {
  const parameters = operation.parameters ?? [];
  const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const extraQuery = weighted<QueryPair[]>(
    [9, fc.constant([])],
    [
      1,
      fc
        .tuple(fc.constantFrom('extra', '__proto__[admin]', 'constructor', 'personnummer'), hostileText(known))
        .map((pair) => [pair]),
    ],
  );
  return fc
    .record({
      path: fc
        .tuple(...pathParameters.map((parameter) => pathValue(document, parameter, path, known)))
        .map((values) =>
          pathParameters.reduce((url, parameter, index) => url.replace(`{${parameter.name}}`, values[index]), path),
        ),
      query: fc
        .tuple(...queryParameters.map((parameter) => queryPairs(document, parameter, path, known)), extraQuery)
        .map((pairs) => queryString(pairs.flat())),
      payload: bodySchema
        ? body(document, bodySchema, path, known)
        : weighted([19, fc.constant(undefined)], [1, rawBodies(known)]),
    })
    .chain(({ path: url, query, payload }) =>
      headers(known, method, path, payload !== undefined).map((sent) => ({
        method,
        url: query ? `${url}?${query}` : url,
        headers: sent,
        payload,
      })),
    );
};

const PERSONNUMMER_LIKE = /(?<![\w-])(?:\d{2})?\d{6}[-+]?\d{4}(?![\w-])/g;

const decoded = (url: string): string => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

/**
 * A personnummer-like string the request carried (anywhere: address, body, headers) that the answer repeats,
 * in the form it was sent or in another common form of the same number. What the store `holds` as data of its
 * own (an article number that happens to look like a personnummer) may be named.
 */
export const echoedPersonnummer = (
  request: FuzzRequest,
  answer: string,
  holds: ReadonlySet<string> = new Set(),
): string | undefined => {
  const sent = [decoded(request.url), request.url, request.payload ?? '', ...Object.values(request.headers)].join('\n');
  for (const [written] of sent.matchAll(PERSONNUMMER_LIKE)) {
    if (holds.has(written)) continue;
    const digits = written.replace(/\D/g, '');
    const ten = digits.slice(-10);
    const forms = [
      written.trim(),
      digits,
      ten,
      `${ten.slice(0, 6)}-${ten.slice(6)}`,
      `${ten.slice(0, 6)}+${ten.slice(6)}`,
    ];
    if (digits.length === 12) forms.push(`${digits.slice(0, 8)}-${digits.slice(8)}`);
    const echoed = forms.find((form) => answer.includes(form));
    if (echoed) return echoed;
  }
  return undefined;
};
