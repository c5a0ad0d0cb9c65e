import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** 工分宝: scenes and activities, participations, the points ledger, payments and settlements, the mall, the canteen. */
export class WorkpointsInit1763900000000 implements MigrationInterface {
  name = 'WorkpointsInit1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'scene',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'module', type: 'varchar', length: '24' },
          { name: 'name', type: 'varchar', length: '32' },
          { name: 'description', type: 'varchar', length: '200' },
          { name: 'sort_order', type: 'integer' },
          { name: 'enabled', type: 'boolean' },
        ],
        indices: [{ name: 'uq_scene_code', columnNames: ['code'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'activity',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'village_id', type: 'integer' },
          { name: 'scene_id', type: 'integer' },
          { name: 'title', type: 'varchar', length: '60' },
          { name: 'description', type: 'varchar', length: '1000' },
          { name: 'points', type: 'integer' },
          { name: 'capacity', type: 'integer', isNullable: true },
          { name: 'signup_count', type: 'integer' },
          { name: 'signup_opens_at', type: 'datetime' },
          { name: 'signup_closes_at', type: 'datetime' },
          { name: 'starts_at', type: 'datetime' },
          { name: 'ends_at', type: 'datetime' },
          { name: 'place', type: 'varchar', length: '100' },
          { name: 'evidence', type: 'varchar', length: '20' },
          { name: 'checkin_secret', type: 'varchar', length: '32' },
          { name: 'cancelled_at', type: 'datetime', isNullable: true },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_activity_scene', columnNames: ['scene_id'] },
          { name: 'ix_activity_village_ends', columnNames: ['village_id', 'ends_at'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'participation',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'activity_id', type: 'integer' },
          { name: 'villager_id', type: 'integer' },
          { name: 'village_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'checked_in_at', type: 'datetime', isNullable: true },
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          { name: 'photo_keys', type: 'varchar', length: '1000' },
          { name: 'note', type: 'varchar', length: '200' },
          { name: 'filed_by', type: 'integer', isNullable: true },
          { name: 'reviewed_by', type: 'integer', isNullable: true },
          { name: 'reviewed_at', type: 'datetime', isNullable: true },
          { name: 'reject_reason', type: 'varchar', length: '200', isNullable: true },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_participation_villager', columnNames: ['villager_id', 'created_at'] },
          { name: 'ix_participation_review', columnNames: ['village_id', 'status', 'submitted_at'] },
          { name: 'uq_participation_activity_villager', columnNames: ['activity_id', 'villager_id'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'points_account',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'holder', type: 'varchar', length: '10' },
          { name: 'holder_id', type: 'integer' },
          { name: 'village_id', type: 'integer' },
          { name: 'balance', type: 'integer' },
        ],
        indices: [
          { name: 'ix_points_account_village', columnNames: ['village_id', 'holder'] },
          { name: 'uq_points_account_holder', columnNames: ['holder', 'holder_id'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'points_ledger_entry',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'account_id', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '12' },
          { name: 'amount', type: 'integer' },
          { name: 'balance_after', type: 'integer' },
          { name: 'source_type', type: 'varchar', length: '16' },
          { name: 'source_id', type: 'integer' },
          { name: 'reason', type: 'varchar', length: '200' },
          { name: 'idempotency_key', type: 'varchar', length: '100' },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_points_ledger_account', columnNames: ['account_id', 'id'] },
          { name: 'uq_points_ledger_idempotency', columnNames: ['idempotency_key'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'deduction',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'village_id', type: 'integer' },
          { name: 'villager_id', type: 'integer' },
          { name: 'points', type: 'integer' },
          { name: 'reason', type: 'varchar', length: '200' },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
          { name: 'appeal_status', type: 'varchar', length: '12', isNullable: true },
          { name: 'appeal_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'appealed_at', type: 'datetime', isNullable: true },
          { name: 'appeal_decided_by', type: 'integer', isNullable: true },
          { name: 'appeal_decided_at', type: 'datetime', isNullable: true },
          { name: 'appeal_decision_note', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [
          { name: 'ix_deduction_appeal', columnNames: ['village_id', 'appeal_status'] },
          { name: 'ix_deduction_villager', columnNames: ['villager_id'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'points_payment',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'village_id', type: 'integer' },
          { name: 'payer_id', type: 'integer' },
          { name: 'merchant_id', type: 'integer' },
          { name: 'points', type: 'integer' },
          { name: 'code_nonce', type: 'varchar', length: '32' },
          { name: 'idempotency_key', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'ix_points_payment_merchant', columnNames: ['merchant_id', 'id'] },
          { name: 'uq_points_payment_idempotency', columnNames: ['idempotency_key'], isUnique: true },
          { name: 'uq_points_payment_nonce', columnNames: ['code_nonce'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'village_points_rate',
        columns: [
          { name: 'village_id', type: 'integer', isPrimary: true },
          { name: 'fen_per_point', type: 'integer' },
          { name: 'updated_by', type: 'integer' },
          { name: 'updated_at', type: 'datetime' },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'points_settlement',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'village_id', type: 'integer' },
          { name: 'merchant_id', type: 'integer' },
          { name: 'points', type: 'integer' },
          { name: 'fen_per_point', type: 'integer' },
          { name: 'amount_fen', type: 'integer' },
          { name: 'idempotency_key', type: 'varchar', length: '64' },
          { name: 'created_by', type: 'integer' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [
          { name: 'uq_points_settlement_idempotency', columnNames: ['idempotency_key'], isUnique: true },
          { name: 'ix_points_settlement_village', columnNames: ['village_id', 'id'] },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'mall_item',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'village_id', type: 'integer' },
          { name: 'name', type: 'varchar', length: '40' },
          { name: 'kind', type: 'varchar', length: '12' },
          { name: 'face_value', type: 'integer' },
          { name: 'points_price', type: 'integer' },
          { name: 'stock', type: 'integer' },
          { name: 'active', type: 'boolean' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'ix_mall_item_village', columnNames: ['village_id', 'active'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'redemption',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'village_id', type: 'integer' },
          { name: 'item_id', type: 'integer' },
          { name: 'villager_id', type: 'integer' },
          { name: 'points', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'pickup_code', type: 'varchar', length: '8', isNullable: true },
          { name: 'topup_phone', type: 'varchar', length: '20', isNullable: true },
          { name: 'topup_reference', type: 'varchar', length: '64', isNullable: true },
          { name: 'topup_failure', type: 'varchar', length: '200', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime' },
          { name: 'collected_at', type: 'datetime', isNullable: true },
        ],
        indices: [
          { name: 'ix_redemption_pickup', columnNames: ['village_id', 'pickup_code'] },
          { name: 'ix_redemption_villager', columnNames: ['villager_id', 'id'] },
          { name: 'uq_redemption_idempotency', columnNames: ['idempotency_key'], isUnique: true },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'canteen_menu',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'village_id', type: 'integer' },
          { name: 'service_date', type: 'varchar', length: '10' },
          { name: 'note', type: 'varchar', length: '200' },
          { name: 'published_by', type: 'integer' },
          { name: 'published_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_canteen_menu_day', columnNames: ['village_id', 'service_date'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'canteen_dish',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'menu_id', type: 'integer' },
          { name: 'meal', type: 'varchar', length: '8' },
          { name: 'name', type: 'varchar', length: '40' },
          { name: 'description', type: 'varchar', length: '200' },
        ],
        indices: [{ name: 'ix_canteen_dish_menu', columnNames: ['menu_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'canteen_reservation',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'menu_id', type: 'integer' },
          { name: 'villager_id', type: 'integer' },
          { name: 'meal', type: 'varchar', length: '8' },
          { name: 'created_at', type: 'datetime' },
        ],
        indices: [{ name: 'uq_canteen_reservation', columnNames: ['menu_id', 'villager_id', 'meal'], isUnique: true }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'dish_comment',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'dish_id', type: 'integer' },
          { name: 'villager_id', type: 'integer' },
          { name: 'body', type: 'varchar', length: '200' },
          { name: 'created_at', type: 'datetime' },
          { name: 'adopted_in_menu_id', type: 'integer', isNullable: true },
        ],
        indices: [{ name: 'ix_dish_comment_dish', columnNames: ['dish_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'dish_like',
        columns: [
          { name: 'dish_id', type: 'integer', isPrimary: true },
          { name: 'villager_id', type: 'integer', isPrimary: true },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('dish_like');
    await runner.dropTable('dish_comment');
    await runner.dropTable('canteen_reservation');
    await runner.dropTable('canteen_dish');
    await runner.dropTable('canteen_menu');
    await runner.dropTable('redemption');
    await runner.dropTable('mall_item');
    await runner.dropTable('points_settlement');
    await runner.dropTable('village_points_rate');
    await runner.dropTable('points_payment');
    await runner.dropTable('deduction');
    await runner.dropTable('points_ledger_entry');
    await runner.dropTable('points_account');
    await runner.dropTable('participation');
    await runner.dropTable('activity');
    await runner.dropTable('scene');
  }
}
