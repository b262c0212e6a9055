/** Reads a chosen CSV file in the browser, refusing one over the size limit before reading it. */
export async function readCsvFile(file: File, maxBytes: number): Promise<{ text: string } | { problem: "tooLarge" | "readFailed" }> {
  if (file.size > maxBytes) return { problem: "tooLarge" };
  try {
    return { text: await file.text() };
  } catch {
    return { problem: "readFailed" };
  }
}
