import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which division dataset a database holds, so a restart skips reloading it. */
@Entity('region_dataset')
export class RegionDataset {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  source: string;

  @Column({ name: 'region_count', type: 'integer' })
  regionCount: number;

  @Column({ name: 'loaded_at', type: 'timestamptz' })
  loadedAt: Date;
}
