import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CommandAnswerDto {
  @ApiProperty({ description: 'The id the command acted on or created' }) id!: string;
  @ApiProperty({ description: "The stream's revision after the command (also the ETag)" }) streamRevision!: number;
  @ApiProperty({ description: 'Global position of the last event the command appended' }) position!: number;
}

export class FieldErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

/** RFC 9457 Problem Details with a stable `code`. */
export class ProblemDetailsDto {
  @ApiProperty() type!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: number;
  @ApiProperty() detail!: string;
  @ApiProperty({ example: 'ASSET.NOT_ON_LOAN' }) code!: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ description: 'The state that refused a transition (409)' }) currentState?: string;
}
