import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  PRESCRIPTION_GROUP_BY,
  type PrescriptionGroupBy,
  type PrescriptionStatistics,
  type PrescriptionStatisticsGroup,
} from '@aidledger/projections';
import { IsIsoDay } from '../validation/validators.js';

export class PrescriptionStatisticsQueryDto {
  @ApiPropertyOptional({ example: '2025-01-01' }) @IsOptional() @IsIsoDay() from?: string;
  @ApiPropertyOptional({ example: '2025-12-31' }) @IsOptional() @IsIsoDay() to?: string;
  @ApiPropertyOptional({ enum: PRESCRIPTION_GROUP_BY, default: 'sex' })
  @IsOptional()
  @IsIn([...PRESCRIPTION_GROUP_BY])
  groupBy?: PrescriptionGroupBy;
}

const count = (description: string) =>
  ApiProperty({ type: Number, nullable: true, description: `${description}; null when suppressed` });

export class PrescriptionStatisticsGroupDto implements PrescriptionStatisticsGroup {
  @ApiProperty({
    type: String,
    example: 'Västerås',
    description: 'The sex, municipality, ISO class (first two digits) or age band (0-17, 18-64, 65-79, 80+)',
  })
  key!: string;
  @count('Orders for women') female!: number | null;
  @count('Orders for men') male!: number | null;
  @count('Orders for persons of other sex') other!: number | null;
  @count('Orders for persons whose sex is not recorded') unknown!: number | null;
  @count('Orders in the group') total!: number | null;
  @ApiProperty({ type: Boolean, description: 'A count of 1 to 4 (or one that would give it back) is hidden' })
  suppressed!: boolean;
}

export class PrescriptionStatisticsDto implements PrescriptionStatistics {
  @ApiProperty({ type: String, nullable: true, example: '2025-01-01' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-12-31' }) to!: string | null;
  @ApiProperty({ enum: PRESCRIPTION_GROUP_BY }) groupBy!: PrescriptionGroupBy;
  @ApiProperty({ type: [PrescriptionStatisticsGroupDto] }) groups!: PrescriptionStatisticsGroupDto[];
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.031,
    description: 'Share of the orders whose person has no recorded sex ("data saknas"); three decimals',
  })
  unknownShare!: number | null;
}
