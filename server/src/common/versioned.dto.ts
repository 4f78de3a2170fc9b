import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** Every write to an editable thing names the version it read; a stale one is 409 VERSION_CONFLICT. */
export class VersionedDto {
  @ApiProperty({ minimum: 1, description: 'The version read; a stale one is 409 VERSION_CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}
