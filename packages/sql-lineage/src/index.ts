export const SQL_LINEAGE_VERSION = '0.1.0';
