import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Principal, type Role } from './roles.js';
import type { SignInOptions } from './auth.controller.js';

export class PrincipalDto implements Principal {
  @ApiProperty({ type: String, description: "The token's subject, recorded as the actor of every event it causes" })
  subject!: string;
  @ApiProperty({ type: String }) name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
}

export class OidcSignInDto {
  @ApiProperty({ type: String, description: "The identity provider's issuer URL" }) issuer!: string;
  @ApiProperty({ type: String, description: 'The client the screens sign in as' }) clientId!: string;
  @ApiProperty({ type: String, example: 'openid profile' }) scope!: string;
}

export class SignInOptionsDto implements SignInOptions {
  @ApiPropertyOptional({
    type: OidcSignInDto,
    nullable: true,
    description: 'null when no identity provider is configured',
  })
  oidc!: OidcSignInDto | null;
  @ApiProperty({ type: Boolean, description: 'Demo users are offered (demo mode)' }) demo!: boolean;
}
