import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsCode, IsIsoDay } from './validators.js';

/**
 * The fields commands are made of, each with its validation and its OpenAPI description in one place.
 * Business days are ISO days (YYYY-MM-DD) that exist.
 */
type Described = { example?: string; description?: string };

export const DayField = ({ example = '2025-03-04', description }: Described = {}) =>
  applyDecorators(ApiProperty({ type: String, format: 'date', example, description }), IsIsoDay());

export const OptionalDayField = ({ example = '2025-03-04', description = 'Defaults to today' }: Described = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', example, description }),
    IsOptional(),
    IsIsoDay(),
  );

/** Free text people write (a reason, a description), 1 to `max` characters. */
export const TextField = (max: number, example?: string) =>
  applyDecorators(ApiProperty({ type: String, example, minLength: 1, maxLength: max }), IsString(), Length(1, max));

/** Free text that may be unknown: absent or null. */
export const OptionalTextField = (max: number, example?: string, description?: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true, example, description, minLength: 1, maxLength: max }),
    IsOptional(),
    IsString(),
    Length(1, max),
  );

/** An identifier people type or scan (article number, location, route). */
export const CodeField = (max: number, example?: string) =>
  applyDecorators(ApiProperty({ type: String, example, maxLength: max }), IsCode(max));

export const IdField = (description?: string) =>
  applyDecorators(ApiProperty({ type: String, format: 'uuid', description }), IsUUID());

/** An id the client may choose, so a retried command that creates something is recognised. */
export const OptionalIdField = (description: string) =>
  applyDecorators(ApiPropertyOptional({ type: String, format: 'uuid', description }), IsOptional(), IsUUID());
