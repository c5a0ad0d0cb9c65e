import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A settlement's request id is unique per cadre, not across the county: another village's cadre
 * reusing an id made a new request, yet got the first village's settlement back.
 */
export class SettlementRequestPerCadre1766100000000 implements MigrationInterface {
  name = 'SettlementRequestPerCadre1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('points_settlement', 'uq_points_settlement_idempotency');
    await runner.createIndex(
      'points_settlement',
      new TableIndex({ name: 'uq_points_settlement_request', columnNames: ['created_by', 'idempotency_key'], isUnique: true }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('points_settlement', 'uq_points_settlement_request');
    await runner.createIndex(
      'points_settlement',
      new TableIndex({ name: 'uq_points_settlement_idempotency', columnNames: ['idempotency_key'], isUnique: true }),
    );
  }
}
