import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CommandAnswerDto {
  @ApiProperty({ type: String, description: 'The id the command acted on or created' }) id!: string;
  @ApiProperty({ type: Number, description: "The stream's revision after the command (also the ETag)" })
  streamRevision!: number;
  @ApiProperty({ type: Number, description: 'Global position of the last event the command appended' })
  position!: number;
}

export class FieldErrorDto {
  @ApiProperty({ type: String }) field!: string;
  @ApiProperty({ type: String }) message!: string;
}

/** RFC 9457 Problem Details with a stable `code`; a domain refusal may add the ids it names as extension members. */
export class ProblemDetailsDto {
  @ApiProperty({ type: String }) type!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: Number }) status!: number;
  @ApiProperty({ type: String }) detail!: string;
  @ApiProperty({ type: String, example: 'ASSET.NOT_ON_LOAN' }) code!: string;
  @ApiPropertyOptional({ type: String, description: 'The path of the request' }) instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ type: String, description: 'The state that refused a transition (409)' })
  currentState?: string;
  @ApiPropertyOptional({ type: Number, description: 'The revision the resource is at now (412)' })
  currentRevision?: number;
}
