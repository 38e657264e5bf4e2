// Stands in for the "server-only" package under vitest (see vitest.config.ts). The real package
// throws when imported outside a React server environment, which would stop the data layer
// (queries.ts files start with `import "server-only"`) from being tested against a database.
export {};
