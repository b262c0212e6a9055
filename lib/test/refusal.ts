import { AppError } from "@/lib/errors/app-error";

/** The AppError a refused operation throws, as code and field errors; fails if it was not refused. */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}
