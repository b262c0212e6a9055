import "server-only";

export const databaseUrlName = "DATABASE_URL";
