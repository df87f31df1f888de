import { Integration } from '@sextant/sdk';

class Echo extends Integration {
  extract() {
    this.declareResource({
      entity_type: 'dashboard',
      databuilder_id: 'd1',
      title: this.requireCredential('title'),
    });
  }
}

/** An instance as default export is accepted too. */
export default new Echo();
