/** Scans in one sync request: the server refuses more, so a door device sends a longer queue in parts. */
export const MAX_SYNC_BATCH = 500;
