import type { SignOff } from "@/lib/documents/fields";
import type { Align } from "@/lib/documents/table";

// A report is written once as a list of blocks and then drawn twice, as PDF and as DOCX, so the
// two files cannot tell different stories.

export interface BlockColumn {
  header: string;
  weight: number;
  align?: Align;
}

export type BlockCell = string | { text: string; span?: number; bold?: boolean; align?: Align };

export type Block =
  | { kind: "title"; lines: string[] }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string; italic?: boolean; align?: Align }
  | { kind: "fields"; entries: [string, string][] }
  | { kind: "table"; columns: BlockColumn[]; rows: BlockCell[][]; empty: string; totals?: BlockCell[] }
  | { kind: "signOff"; signOff: SignOff };
