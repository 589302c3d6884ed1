import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { isValidIsoDay, parsePersonnummer } from '@aidledger/domain';
import { todayInStockholm } from '../clock/clock.js';

/** A calendar day that exists, written YYYY-MM-DD (2025-02-30 is refused). */
export const IsIsoDay =
  (options?: ValidationOptions) =>
  (target: object, propertyName: string): void =>
    registerDecorator({
      name: 'isIsoDay',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a date that exists, written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isValidIsoDay(value) },
    });

/** A valid personnummer or samordningsnummer; the message never repeats the value. */
export const IsPersonnummer =
  (options?: ValidationOptions) =>
  (target: object, propertyName: string): void =>
    registerDecorator({
      name: 'isPersonnummer',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a valid Swedish personnummer or samordningsnummer (10 or 12 digits, real date, correct check digit)`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && parsePersonnummer(value, todayInStockholm()) !== null,
      },
    });

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

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
export const IsSek =
  (max: number) =>
  (target: object, propertyName: string): void =>
    registerDecorator({
      name: 'isSek',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an amount in kronor from 0 to ${max} with at most two decimals` },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' &&
          Number.isFinite(value) &&
          value >= 0 &&
          value <= max &&
          Math.abs(value * 100 - Math.round(value * 100)) < 1e-6,
      },
    });
