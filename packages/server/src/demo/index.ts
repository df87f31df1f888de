export * from './dbt-artifacts.js';
export * from './demo-shop.js';
export * from './load-demo.js';
export * from './load-demo-at-start.js';
export * from './warehouse-records.js';
