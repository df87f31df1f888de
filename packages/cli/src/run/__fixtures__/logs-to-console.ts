import { Integration } from '@sextant/sdk';

/** Logs with console.log while extracting, as integration authors do. */
export default class LogsToConsole extends Integration {
  extract() {
    console.log('fetched 1 dashboard');
    this.declareResource({ entity_type: 'dashboard', databuilder_id: 'd1' });
  }
}
