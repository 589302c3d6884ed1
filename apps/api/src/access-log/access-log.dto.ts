import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import type { AccessLogItem, AccessLogPage } from '@aidledger/projections';
import { ROLES, type Role } from '../auth/roles.js';
import { DayField } from '../validation/fields.js';
import { IsIsoDay } from '../validation/validators.js';
import type { AccessLogQuery, AccessLogVerification } from './access-log.reads.js';

export class AccessLogQueryDto implements AccessLogQuery {
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'Who has looked at this person?' })
  @IsOptional()
  @IsUUID()
  personId?: string;
  @ApiPropertyOptional({ type: String, maxLength: 200, description: 'What has this user (token subject) looked at?' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2025-03-01', description: 'First day, inclusive' })
  @IsOptional()
  @IsIsoDay()
  from?: string;
  @ApiPropertyOptional({ type: String, format: 'date', example: '2025-03-31', description: 'Last day, inclusive' })
  @IsOptional()
  @IsIsoDay()
  to?: string;
  @ApiPropertyOptional({ type: String, description: 'The `nextCursor` of the page before' })
  @IsOptional()
  @Matches(/^[\w-]{1,200}$/)
  cursor?: string;
  @ApiPropertyOptional({ type: Number, default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class AccessLogDayDto {
  @DayField({ example: '2025-03-04', description: 'The day in Stockholm whose access log to check' })
  day!: string;
}

export class AccessLogItemDto implements AccessLogItem {
  @ApiProperty({ type: String, description: 'When the person-level data was read, ISO timestamp' }) at!: string;
  @ApiProperty({ type: String, description: 'The token subject that read it' }) actor!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, description: 'The pseudonymous id of the person read about' }) personId!: string;
  @ApiProperty({ type: String, example: 'person.aids.read', description: 'What was read' }) action!: string;
  @ApiProperty({ type: String, description: 'The request that read it' }) correlationId!: string;
  @ApiProperty({ type: String, example: 'accesslog-2025-03-04', description: "The day's hash-chained stream" })
  stream!: string;
  @ApiProperty({ type: Number, description: 'Its place in that stream' }) revision!: number;
}

export class AccessLogPageDto implements AccessLogPage {
  @ApiProperty({ type: [AccessLogItemDto], description: 'Newest first' }) items!: AccessLogItemDto[];
  @ApiPropertyOptional({ type: String, description: 'Pass as `cursor` for the next page; absent on the last page' })
  nextCursor?: string;
}

export class AccessLogVerificationDto implements AccessLogVerification {
  @ApiProperty({ type: Boolean }) valid!: boolean;
  @ApiPropertyOptional({
    type: Number,
    description: 'The first revision of the day whose entry is altered or missing; only when invalid',
  })
  brokenAtRevision?: number;
  @ApiProperty({ type: Number, description: 'How many entries the day has' }) entries!: number;
}
