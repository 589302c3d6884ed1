import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailedException } from '../errors/problem-details.filter.js';
import type { FieldError } from '../errors/problem-details.js';

/** The name of a property the request may not have is input too: it is repeated only when it is a plain name. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const flatten = (errors: ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((error) => {
    const unknownProperty = error.constraints?.whitelistValidation !== undefined;
    const property = unknownProperty && !PLAIN_NAME.test(error.property) ? '(unnamed)' : error.property;
    const field = prefix ? `${prefix}.${property}` : property;
    // Constraint messages name the rule, never the submitted value (it may be a personnummer).
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: unknownProperty ? `property ${property} should not exist` : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });

export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(flatten(errors)),
  });
