import { ApiProperty } from '@nestjs/swagger';
import type { ProjectionLagReport, ReadinessReport } from './readiness.js';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: Number, description: 'Global position of the last committed event; -1 for an empty store' })
  headPosition!: number;
}

export class ProjectionLagDto implements ProjectionLagReport {
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ type: Number }) version!: number;
  @ApiProperty({ type: Number, description: 'The last global position the projection applied' }) position!: number;
  @ApiProperty({ type: Number }) headPosition!: number;
  @ApiProperty({ type: Number }) lagEvents!: number;
  @ApiProperty({ type: Number }) lagMs!: number;
}

export class ReadinessDto implements ReadinessReport {
  @ApiProperty({ enum: ['ready', 'not_ready'] }) status!: ReadinessReport['status'];
  @ApiProperty({ type: [String], description: 'Why it is not ready; empty when ready' }) reasons!: string[];
  @ApiProperty({ type: [ProjectionLagDto] }) projections!: ProjectionLagDto[];
}
