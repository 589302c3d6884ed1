import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { AssetIndexQueryDto } from '../assets/asset.dto.js';
import { EXPORT_FORMATS, type ExportFormat } from './export-table.js';

export class ExportFormatDto {
  @ApiProperty({ enum: EXPORT_FORMATS }) @IsIn([...EXPORT_FORMATS]) format!: ExportFormat;
}

export class PersonAidsExportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The person (pseudonymous id)' }) @IsUUID() personId!: string;
}

export class AssetsExportQueryDto extends PickType(AssetIndexQueryDto, ['status', 'articleNo', 'q'] as const) {}
