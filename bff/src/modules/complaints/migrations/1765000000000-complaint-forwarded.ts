import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** When a complaint became the merchant's to answer; those it never reached stay hidden from it. */
export class ComplaintForwarded1765000000000 implements MigrationInterface {
  name = 'ComplaintForwarded1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('market_complaint', new TableColumn({ name: 'forwarded_at', type: 'datetime', isNullable: true }));
    // Complaints already past acceptance were forwarded when they entered negotiation.
    await runner.query(
      `UPDATE market_complaint SET forwarded_at = (SELECT MIN(a.at) FROM market_complaint_audit a WHERE a.complaint_id = market_complaint.id AND a.to_status = 'NEGOTIATING')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('market_complaint', 'forwarded_at');
  }
}
