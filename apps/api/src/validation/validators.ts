import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidIsoDay, isValidMonth, parsePersonnummer } from '@aidledger/domain';
import { todayInStockholm } from '../clock/clock.js';

/** A validation rule of our own; its message names the field, never the submitted value (it may be personal data). */
const rule =
  (name: string, message: (field: string) => string, validate: (value: unknown) => boolean) =>
  (options?: ValidationOptions): PropertyDecorator =>
  (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: message(String(propertyName)), ...options },
      validator: { validate },
    });

/** A calendar day that exists, written YYYY-MM-DD (2025-02-30 is refused). */
export const IsIsoDay = rule(
  'isIsoDay',
  (field) => `${field} must be a date that exists, written YYYY-MM-DD`,
  isValidIsoDay,
);

/** A calendar month, written YYYY-MM (2025-13 is refused). */
export const IsMonth = rule('isMonth', (field) => `${field} must be a month, written YYYY-MM`, isValidMonth);

/** A valid personnummer or samordningsnummer. */
export const IsPersonnummer = rule(
  'isPersonnummer',
  (field) =>
    `${field} must be a valid Swedish personnummer or samordningsnummer (10 or 12 digits, real date, correct check digit)`,
  (value) => typeof value === 'string' && parsePersonnummer(value, todayInStockholm()) !== null,
);

/** Letters of any alphabet: Swedish codes carry Å, Ä and Ö (`VÄSTERÅS-HUVUDLAGER`). Written as sent (NFC). */
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

/** An identifier people type or scan (article number, location, route): letters, digits, dot, dash, underscore. */
export const IsCode = (maxLength: number) =>
  applyDecorators(
    IsString(),
    Length(1, maxLength),
    Matches(CODE, { message: ({ property }) => `${property} must be letters, digits, dot, dash or underscore` }),
  );

/**
 * An amount in kronor with at most two decimals (öre), in 0…max. Checked on the number itself:
 * class-validator's maxDecimalPlaces reads the digits of its text and fails on exponent forms like 1e-7.
 */
export const IsSek = (max: number): PropertyDecorator =>
  rule(
    'isSek',
    (field) => `${field} must be an amount in kronor from 0 to ${max} with at most two decimals`,
    (value) =>
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= 0 &&
      value <= max &&
      Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
  )();
