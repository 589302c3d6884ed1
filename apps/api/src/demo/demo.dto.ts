import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Principal, type Role } from '../auth/roles.js';
import type { DemoToken } from './demo-tokens.js';

export class DemoTokenDto implements DemoToken {
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, example: 'Lisa Lager' }) name!: string;
  @ApiProperty({ type: String, description: 'A bearer token for the role' }) token!: string;
}

export class DemoTokensDto {
  @ApiProperty({ type: [DemoTokenDto] }) tokens!: DemoTokenDto[];
}

export class PrincipalDto implements Principal {
  @ApiProperty({ type: String, description: "The token's subject, recorded as the actor of every event it causes" })
  subject!: string;
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
}
