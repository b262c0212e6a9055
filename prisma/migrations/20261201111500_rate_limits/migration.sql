-- One rate limiter for the whole app (lib/rate-limit): a counter per key, incremented atomically by
-- INSERT ... ON CONFLICT DO UPDATE. It replaces the sign-in attempt log, which was checked and then
-- written (so parallel guesses all passed the check) and never pruned.

-- DropTable
DROP TABLE "SignInAttempt";

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitCounter_resetAt_idx" ON "RateLimitCounter"("resetAt");
