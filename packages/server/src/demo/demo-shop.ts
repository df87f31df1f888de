/**
 * The demo catalog's content: a small online shop's warehouse (raw → staging → marts), the dbt project that
 * builds it, and two BI dashboards on top. Everything the demo loads is generated from this one description, so
 * the warehouse tables, the dbt models' compiled SQL and the column lineage always agree.
 */

export interface DemoColumn {
  name: string;
  type: string;
  description: string;
  isPk?: boolean;
  pii?: boolean;
  /** Upstream columns, `schema.table.column`: the warehouse's column lineage. */
  from?: string[];
}

export interface DemoTable {
  schema: 'raw' | 'staging' | 'marts';
  name: string;
  /** `table` or `view` (staging models are views). */
  nativeType: 'table' | 'view';
  description: string;
  owner: string;
  tags?: string[];
  verified?: boolean;
  /** The dbt model's compiled SQL (staging and marts); raw tables are dbt sources. */
  sql?: string;
  columns: DemoColumn[];
}

export interface DemoChart {
  name: string;
  description: string;
  /** The columns it plots, `schema.table.column`. */
  from: string[];
}

export interface DemoDashboard {
  name: string;
  description: string;
  owner: string;
  tags: string[];
  charts: DemoChart[];
}

/** A dbt test of the demo project; exactly one fails, so the failing-test views have something to show. */
export interface DemoTest {
  kind: 'not_null' | 'unique' | 'accepted_values';
  table: string;
  column: string;
  status: 'pass' | 'fail';
  failures: number;
  message: string | null;
}

export const DEMO_DATABASE = 'shop';
const DATA_TEAM = 'data-team@shop.example';
const FINANCE = 'finance@shop.example';
const GROWTH = 'growth@shop.example';

export const DEMO_TABLES: DemoTable[] = [
  {
    schema: 'raw',
    name: 'orders',
    nativeType: 'table',
    description: 'Orders as the web shop writes them, loaded hourly.',
    owner: DATA_TEAM,
    columns: [
      { name: 'id', type: 'integer', description: 'Order id.', isPk: true },
      { name: 'customer_id', type: 'integer', description: 'Who ordered.' },
      { name: 'ordered_at', type: 'timestamp', description: 'When the order was placed (UTC).' },
      { name: 'status', type: 'varchar', description: 'placed, shipped, completed, returned.' },
      { name: 'amount_cents', type: 'integer', description: 'Order total in cents.' },
    ],
  },
  {
    schema: 'raw',
    name: 'customers',
    nativeType: 'table',
    description: 'Customer accounts from the shop database.',
    owner: DATA_TEAM,
    columns: [
      { name: 'id', type: 'integer', description: 'Customer id.', isPk: true },
      { name: 'first_name', type: 'varchar', description: 'First name.', pii: true },
      { name: 'last_name', type: 'varchar', description: 'Last name.', pii: true },
      { name: 'email', type: 'varchar', description: 'Sign-in email.', pii: true },
      { name: 'created_at', type: 'timestamp', description: 'When the account was created.' },
    ],
  },
  {
    schema: 'raw',
    name: 'payments',
    nativeType: 'table',
    description: 'Payments from the payment provider, one row per attempt.',
    owner: FINANCE,
    columns: [
      { name: 'id', type: 'integer', description: 'Payment id.', isPk: true },
      { name: 'order_id', type: 'integer', description: 'The order paid.' },
      { name: 'method', type: 'varchar', description: 'card, bank_transfer, gift_card.' },
      { name: 'amount_cents', type: 'integer', description: 'Amount paid in cents.' },
    ],
  },
  {
    schema: 'staging',
    name: 'stg_orders',
    nativeType: 'view',
    description: 'Orders, renamed and typed; amounts in currency units.',
    owner: DATA_TEAM,
    sql: `select id as order_id, customer_id, cast(ordered_at as date) as order_date, status, amount_cents / 100.0 as amount
from shop.raw.orders`,
    columns: [
      { name: 'order_id', type: 'integer', description: 'Order id.', isPk: true, from: ['raw.orders.id'] },
      { name: 'customer_id', type: 'integer', description: 'Who ordered.', from: ['raw.orders.customer_id'] },
      { name: 'order_date', type: 'date', description: 'Day of the order.', from: ['raw.orders.ordered_at'] },
      { name: 'status', type: 'varchar', description: 'Order status.', from: ['raw.orders.status'] },
      { name: 'amount', type: 'numeric', description: 'Order total.', from: ['raw.orders.amount_cents'] },
    ],
  },
  {
    schema: 'staging',
    name: 'stg_customers',
    nativeType: 'view',
    description: 'Customers, renamed.',
    owner: DATA_TEAM,
    sql: `select id as customer_id, first_name, last_name, email, created_at
from shop.raw.customers`,
    columns: [
      {
        name: 'customer_id',
        type: 'integer',
        description: 'Customer id.',
        isPk: true,
        from: ['raw.customers.id'],
      },
      {
        name: 'first_name',
        type: 'varchar',
        description: 'First name.',
        pii: true,
        from: ['raw.customers.first_name'],
      },
      {
        name: 'last_name',
        type: 'varchar',
        description: 'Last name.',
        pii: true,
        from: ['raw.customers.last_name'],
      },
      {
        name: 'email',
        type: 'varchar',
        description: 'Sign-in email.',
        pii: true,
        from: ['raw.customers.email'],
      },
      {
        name: 'created_at',
        type: 'timestamp',
        description: 'Account creation.',
        from: ['raw.customers.created_at'],
      },
    ],
  },
  {
    schema: 'staging',
    name: 'stg_payments',
    nativeType: 'view',
    description: 'Successful payments in currency units.',
    owner: FINANCE,
    sql: `select id as payment_id, order_id, method as payment_method, amount_cents / 100.0 as amount
from shop.raw.payments`,
    columns: [
      {
        name: 'payment_id',
        type: 'integer',
        description: 'Payment id.',
        isPk: true,
        from: ['raw.payments.id'],
      },
      { name: 'order_id', type: 'integer', description: 'The order paid.', from: ['raw.payments.order_id'] },
      {
        name: 'payment_method',
        type: 'varchar',
        description: 'How it was paid.',
        from: ['raw.payments.method'],
      },
      { name: 'amount', type: 'numeric', description: 'Amount paid.', from: ['raw.payments.amount_cents'] },
    ],
  },
  {
    schema: 'marts',
    name: 'fct_orders',
    nativeType: 'table',
    description: 'One row per order with what was paid: the source of revenue reporting.',
    owner: FINANCE,
    tags: ['finance'],
    verified: true,
    sql: `select o.order_id, o.customer_id, o.order_date, o.status, o.amount, sum(p.amount) as paid_amount
from shop.staging.stg_orders as o
left join shop.staging.stg_payments as p on p.order_id = o.order_id
group by o.order_id, o.customer_id, o.order_date, o.status, o.amount`,
    columns: [
      {
        name: 'order_id',
        type: 'integer',
        description: 'Order id.',
        isPk: true,
        from: ['staging.stg_orders.order_id'],
      },
      {
        name: 'customer_id',
        type: 'integer',
        description: 'Who ordered.',
        from: ['staging.stg_orders.customer_id'],
      },
      {
        name: 'order_date',
        type: 'date',
        description: 'Day of the order.',
        from: ['staging.stg_orders.order_date'],
      },
      { name: 'status', type: 'varchar', description: 'Order status.', from: ['staging.stg_orders.status'] },
      { name: 'amount', type: 'numeric', description: 'Order total.', from: ['staging.stg_orders.amount'] },
      {
        name: 'paid_amount',
        type: 'numeric',
        description: 'Sum of payments.',
        from: ['staging.stg_payments.amount'],
      },
    ],
  },
  {
    schema: 'marts',
    name: 'dim_customers',
    nativeType: 'table',
    description: 'One row per customer with their first order and lifetime value.',
    owner: GROWTH,
    tags: ['customers'],
    verified: true,
    sql: `select c.customer_id, c.first_name || ' ' || c.last_name as full_name, c.email, min(o.order_date) as first_order_date,
  count(o.order_id) as order_count, sum(o.amount) as lifetime_value
from shop.staging.stg_customers as c
left join shop.staging.stg_orders as o on o.customer_id = c.customer_id
group by c.customer_id, c.first_name, c.last_name, c.email`,
    columns: [
      {
        name: 'customer_id',
        type: 'integer',
        description: 'Customer id.',
        isPk: true,
        from: ['staging.stg_customers.customer_id'],
      },
      {
        name: 'full_name',
        type: 'varchar',
        description: 'First and last name.',
        pii: true,
        from: ['staging.stg_customers.first_name', 'staging.stg_customers.last_name'],
      },
      {
        name: 'email',
        type: 'varchar',
        description: 'Sign-in email.',
        pii: true,
        from: ['staging.stg_customers.email'],
      },
      {
        name: 'first_order_date',
        type: 'date',
        description: 'Day of the first order.',
        from: ['staging.stg_orders.order_date'],
      },
      {
        name: 'order_count',
        type: 'integer',
        description: 'Number of orders.',
        from: ['staging.stg_orders.order_id'],
      },
      {
        name: 'lifetime_value',
        type: 'numeric',
        description: 'Sum of order totals.',
        from: ['staging.stg_orders.amount'],
      },
    ],
  },
];

export const DEMO_DASHBOARDS: DemoDashboard[] = [
  {
    name: 'Revenue overview',
    description: 'Daily revenue and order statuses, for the Monday finance review.',
    owner: FINANCE,
    tags: ['finance'],
    charts: [
      {
        name: 'Revenue by day',
        description: 'Sum of order totals per day.',
        from: ['marts.fct_orders.order_date', 'marts.fct_orders.amount'],
      },
      {
        name: 'Orders by status',
        description: 'Order count per status.',
        from: ['marts.fct_orders.status', 'marts.fct_orders.order_id'],
      },
    ],
  },
  {
    name: 'Customer health',
    description: 'Who buys, how often, and for how much.',
    owner: GROWTH,
    tags: ['customers'],
    charts: [
      {
        name: 'Top customers by lifetime value',
        description: 'The 20 customers with the highest lifetime value.',
        from: ['marts.dim_customers.full_name', 'marts.dim_customers.lifetime_value'],
      },
      {
        name: 'New customers per week',
        description: 'Customers by the week of their first order.',
        from: ['marts.dim_customers.first_order_date', 'marts.dim_customers.customer_id'],
      },
    ],
  },
];

export const DEMO_TESTS: DemoTest[] = [
  { kind: 'unique', table: 'stg_orders', column: 'order_id', status: 'pass', failures: 0, message: null },
  { kind: 'not_null', table: 'stg_orders', column: 'order_id', status: 'pass', failures: 0, message: null },
  {
    kind: 'accepted_values',
    table: 'stg_orders',
    column: 'status',
    status: 'fail',
    failures: 3,
    message: "Got 3 results, configured to fail if != 0: status 'return_pending' is not an accepted value",
  },
  { kind: 'not_null', table: 'fct_orders', column: 'amount', status: 'pass', failures: 0, message: null },
  {
    kind: 'unique',
    table: 'dim_customers',
    column: 'customer_id',
    status: 'pass',
    failures: 0,
    message: null,
  },
];
