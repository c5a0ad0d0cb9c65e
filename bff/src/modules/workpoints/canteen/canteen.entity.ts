import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type Meal = 'LUNCH' | 'DINNER';

/** 数字老年食堂 menu for one day, published the day before. */
@Entity('canteen_menu')
@Index('uq_canteen_menu_day', ['villageId', 'serviceDate'], { unique: true })
export class CanteenMenu {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'village_id', type: 'integer' })
  villageId!: number;

  /** The day served, YYYY-MM-DD in China Standard Time. */
  @Column({ name: 'service_date', type: 'varchar', length: 10 })
  serviceDate!: string;

  @Column({ type: 'varchar', length: 200 })
  note!: string;

  @Column({ name: 'published_by', type: 'integer' })
  publishedBy!: number;

  @Column({ name: 'published_at', type: 'datetime' })
  publishedAt!: Date;
}

@Entity('canteen_dish')
@Index('ix_canteen_dish_menu', ['menuId'])
export class CanteenDish {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'menu_id', type: 'integer' })
  menuId!: number;

  @Column({ type: 'varchar', length: 8 })
  meal!: Meal;

  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  description!: string;
}

@Entity('canteen_reservation')
@Index('uq_canteen_reservation', ['menuId', 'villagerId', 'meal'], { unique: true })
export class CanteenReservation {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'menu_id', type: 'integer' })
  menuId!: number;

  @Column({ name: 'villager_id', type: 'integer' })
  villagerId!: number;

  @Column({ type: 'varchar', length: 8 })
  meal!: Meal;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A villager's comment on a dish; the cadre marks those that changed a later menu. */
@Entity('dish_comment')
@Index('ix_dish_comment_dish', ['dishId'])
export class DishComment {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'dish_id', type: 'integer' })
  dishId!: number;

  @Column({ name: 'villager_id', type: 'integer' })
  villagerId!: number;

  @Column({ type: 'varchar', length: 200 })
  body!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  /** The later menu this comment changed, when the cadre says so. */
  @Column({ name: 'adopted_in_menu_id', type: 'integer', nullable: true })
  adoptedInMenuId!: number | null;
}

@Entity('dish_like')
export class DishLike {
  @PrimaryColumn({ name: 'dish_id', type: 'integer' })
  dishId!: number;

  @PrimaryColumn({ name: 'villager_id', type: 'integer' })
  villagerId!: number;
}

export const canteenEntities = [CanteenMenu, CanteenDish, CanteenReservation, DishComment, DishLike];
