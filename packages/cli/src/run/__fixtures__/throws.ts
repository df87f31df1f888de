import { Integration } from '@sextant/sdk';

export default class Throws extends Integration {
  async extract() {
    this.declareResource({ entity_type: 'dashboard', databuilder_id: 'd1' });
    throw new Error('the source is down');
  }
}
