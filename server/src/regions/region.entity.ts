import type { RegionLevel } from '@xinghuo/shared';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';

/** A node of the administrative tree, keyed by its GB/T 2260 division code. */
@Entity('region')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  parent?: Relation<Region>;

  /** Codes from the root down to this node, each followed by "/": subtree = prefix match. */
  @Index('region_path_idx')
  @Column({ type: 'varchar', length: 128 })
  path: string;
}
