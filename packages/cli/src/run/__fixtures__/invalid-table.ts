import { Integration } from '@sextant/sdk';

/** Declares a table without schema and database: the run must fail and name the record. */
export default class InvalidTable extends Integration {
  extract() {
    this.declareResource({ entity_type: 'database', databuilder_id: 'db1', title: 'shop' });
    this.declareResource({ entity_type: 'table', databuilder_id: 't1', title: 'orders' });
  }
}
