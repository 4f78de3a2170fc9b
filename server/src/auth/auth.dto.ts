import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest, LoginRequest, WechatLoginRequest } from '@xinghuo/shared';
import { IsString, Length, Matches } from 'class-validator';

export class WechatLoginDto implements WechatLoginRequest {
  @ApiProperty({ description: 'The code from wx.login()' })
  @IsString()
  @Length(1, 128)
  @Matches(/^[\w-]+$/, { message: 'code must be the value wx.login() returned' })
  code: string;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'demo-staff' })
  @IsString()
  @Length(1, 64)
  username: string;

  @ApiProperty({ example: 'kepu2025' })
  @IsString()
  @Length(1, 128)
  password: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 128)
  currentPassword: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(1, 128)
  newPassword: string;
}
