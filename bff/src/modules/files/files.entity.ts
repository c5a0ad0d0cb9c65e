import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One photo as it came in through POST /uploads. Kept so that the cleanup finds the uploads no
 * module took up, without listing the whole file store; `keptAt` marks one a module holds.
 */
@Entity('upload')
@Index('ix_upload_unkept', ['keptAt', 'createdAt'])
export class Upload {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  key!: string;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @Column({ name: 'content_type', type: 'varchar', length: 20 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  /** When the cleanup found it attached; it is not asked about again. */
  @Column({ name: 'kept_at', type: 'datetime', nullable: true })
  keptAt!: Date | null;
}

export const filesEntities = [Upload];
