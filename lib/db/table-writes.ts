import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from "@prisma/driver-adapter-utils";

// Every statement Prisma sends passes through here, so a cache of rarely-changing rows (lib/db/read-cache.ts) learns
// that this process wrote its table — an admin's change, a seed or a test's direct write — before anyone reads again.

const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"\w+"\.)?"(\w+)"/gi;

// On globalThis: server.ts and Next's bundles load separate copies of this module and share one connection.
const store = globalThis as typeof globalThis & { __beaconTableVersions?: Map<string, number> };
const versions = () => (store.__beaconTableVersions ??= new Map());

/** A stamp that changes whenever one of the tables is written (for a transaction: on the write and at its end). */
export function tablesVersion(tables: readonly string[]): string {
  const current = versions();
  return tables.map((table) => current.get(table) ?? 0).join(".");
}

function bump(tables: Iterable<string>) {
  const current = versions();
  for (const table of tables) current.set(table, (current.get(table) ?? 0) + 1);
}

function writtenTables(sql: string): string[] {
  return [...sql.matchAll(WRITE)].map((match) => match[1]);
}

/** Runs the statement; a write bumps its tables before and after, and `written` collects them. */
function watchQueries<Q extends SqlQueryable>(queryable: Q, written?: Set<string>): Q {
  const run =
    (method: "queryRaw" | "executeRaw") =>
    async (query: SqlQuery): Promise<unknown> => {
      const tables = writtenTables(query.sql);
      bump(tables);
      for (const table of tables) written?.add(table);
      try {
        return await queryable[method](query);
      } finally {
        bump(tables);
      }
    };
  return bound(queryable, { queryRaw: run("queryRaw"), executeRaw: run("executeRaw") });
}

function watchTransaction(transaction: Transaction): Transaction {
  const written = new Set<string>();
  // A cache filled inside the transaction may hold what it wrote: committed or rolled back, it is read again.
  const end = (method: "commit" | "rollback") => async () => {
    try {
      await transaction[method]();
    } finally {
      bump(written);
    }
  };
  return bound(watchQueries(transaction, written), { commit: end("commit"), rollback: end("rollback") });
}

function watchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return bound(watchQueries(adapter), {
    startTransaction: async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) =>
      watchTransaction(await adapter.startTransaction(isolationLevel)),
  });
}

/** The driver adapter factory, with every statement of its connections watched for writes. */
export function watchTableWrites(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return bound(factory, { connect: async () => watchAdapter(await factory.connect()) });
}

/** `target` with some methods replaced and the rest called on the original (the adapters keep state on `this`). */
function bound<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "string" && property in overrides) return overrides[property];
      const value = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
