import type { AudienceGroup } from '@xinghuo/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The least a visitor can be: an openid (mini-program) or nothing at all (H5 guest). */
@Entity('visitor')
export class Visitor {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('visitor_openid_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  nickname: string | null;

  @Column({ name: 'audience_group', type: 'varchar', length: 24, nullable: true })
  audienceGroup: AudienceGroup | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
