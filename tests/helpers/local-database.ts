/** Tests create and change rows freely: refuse to run them against a database that is not on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`TEST_DATABASE_URL points at ${host}; tests only run against a local database.`);
  }
}
