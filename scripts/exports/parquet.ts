/**
 * Parquet files written by DuckDB from the CSV files, with the column types spelled out (no
 * type sniffing: an id column that happens to look numeric must stay text, a date stays a DATE).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { ColumnType, TablePlan } from './plan.js';

const DUCKDB_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
};

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The `read_csv(…)` call that reads one exported CSV with its declared column types. Exported so
 * tests and the exports guide load CSV exactly as the build does.
 *
 * @example
 * ```ts
 * readCsvSql(plan, 'generated/data/csv/visits.csv'); // "read_csv('…', header = true, auto_detect = false, columns = {…})"
 * ```
 */
export function readCsvSql(plan: TablePlan, file: string): string {
  const columns = plan.columns.map((column) => `${sqlString(column.name)}: ${sqlString(DUCKDB_TYPES[column.type])}`).join(', ');
  return `read_csv(${sqlString(file)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
}

/**
 * Converts each `csv/<table>.csv` into `parquet/<table>.parquet` (zstd). One thread and insertion
 * order preserved, so the same CSV always gives the same bytes.
 *
 * @example
 * ```ts
 * await writeParquet(planTables(), (table) => `out/csv/${table}.csv`, (table) => `out/parquet/${table}.parquet`);
 * ```
 */
export async function writeParquet(plans: readonly TablePlan[], csvPath: (table: string) => string, parquetPath: (table: string) => string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    for (const plan of plans) {
      await connection.run(`COPY (SELECT * FROM ${readCsvSql(plan, csvPath(plan.name))}) TO ${sqlString(parquetPath(plan.name))} (FORMAT parquet, COMPRESSION zstd)`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
