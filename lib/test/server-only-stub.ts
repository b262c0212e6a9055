// Empty module standing in for "server-only" under Vitest.
export {};
