import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../auth/roles.js';
import type { DemoToken } from './demo-store.js';

export class DemoTokenDto implements DemoToken {
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
  @ApiProperty({ type: String, example: 'Lisa Lager' }) name!: string;
  @ApiProperty({ type: String, description: 'A bearer token for the role' }) token!: string;
}

export class DemoTokensDto {
  @ApiProperty({ type: [DemoTokenDto] }) tokens!: DemoTokenDto[];
}
