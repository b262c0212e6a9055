import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from "docx";
import { FONT_FAMILY, fontBytes } from "./fonts";
import { documentTexts } from "./labels";
import type { LetterheadData } from "./letterhead";
import type { SignOff } from "./fields";
import type { Align } from "./table";

// The DOCX side of the toolkit: the same letterhead, tables, fields and sign-off as the PDFs,
// with Noto Sans embedded in the file, so a letter opened in Word or LibreOffice in a regional
// office shows "Lestārī" as typed even where the font is not installed.

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "334155" } as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
/** Half-points, as Word counts font sizes. */
const pt = (points: number) => Math.round(points * 2);

export interface DocxOptions {
  title: string;
  subject?: string;
  children: FileChild[];
  /** "Hal. 1 dari 3" in the footer; off for a one-page letter. */
  pageNumbers?: boolean;
}

export function createDocx(options: DocxOptions): Document {
  const t = documentTexts("documents.footer");
  const footers = options.pageNumbers === false
    ? undefined
    : {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ size: pt(7.5), color: "475569", children: [t("pageWord"), " ", PageNumber.CURRENT, ` ${t("ofWord")} `, PageNumber.TOTAL_PAGES] })],
            }),
          ],
        }),
      };
  return new Document({
    creator: "Rakor",
    title: options.title,
    subject: options.subject,
    fonts: [{ name: FONT_FAMILY, data: fontBytes("regular"), bold: fontBytes("bold"), italic: fontBytes("italic") }],
    styles: { default: { document: { run: { font: FONT_FAMILY, size: pt(10.5) }, paragraph: { spacing: { after: 0, line: 264, lineRule: LineRuleType.AUTO } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1300, right: 1134 } } },
        footers,
        children: options.children,
      },
    ],
  });
}

export async function packDocx(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
  align?: Align;
  /** Points of space after the paragraph. */
  after?: number;
  before?: number;
  /** Twips of left indent. */
  indent?: number;
}

/** One paragraph of one run: the building block of letters and reports. */
export function paragraph(text: string, options: TextOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? "left"],
    spacing: { after: (options.after ?? 0) * 20, before: (options.before ?? 0) * 20 },
    indent: options.indent ? { left: options.indent } : undefined,
    children: [run(text, options)],
  });
}

export function run(text: string, options: TextOptions = {}): TextRun {
  return new TextRun({ text, bold: options.bold, italics: options.italics, underline: options.underline ? {} : undefined, size: options.size ? pt(options.size) : undefined });
}

/** The kop surat: logo left, lines centred, and the thick-and-thin rule under it. */
export function docxLetterhead(letterhead: LetterheadData): FileChild[] {
  const lines: Paragraph[] = [
    ...letterhead.parentLines.map((line) => paragraph(line.toUpperCase(), { bold: true, size: 11, align: "center" })),
    paragraph(letterhead.name.toUpperCase(), { bold: true, size: 13.5, align: "center" }),
  ];
  if (letterhead.address) lines.push(paragraph(letterhead.address, { size: 8.5, align: "center" }));
  if (letterhead.contact) lines.push(paragraph(letterhead.contact, { size: 8.5, align: "center" }));
  const logo = letterhead.logo;
  const logoChildren: ParagraphChild[] = logo
    ? [new ImageRun({ type: logo.type, data: logo.data, transformation: fitInto(logo.width, logo.height, 80) })]
    : [];
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: "000000" } },
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 14, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ children: logoChildren })] }),
          new TableCell({ width: { size: 72, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.CENTER, children: lines }),
          new TableCell({ width: { size: 14, type: WidthType.PERCENTAGE }, children: [new Paragraph({})] }),
        ],
      }),
    ],
  });
  return [table, paragraph("", { after: 6 })];
}

function fitInto(width: number, height: number, box: number) {
  const scale = box / Math.max(width, height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export interface DocxColumn {
  header: string;
  weight: number;
  align?: Align;
}

export type DocxCell = string | { text: string; span?: number; bold?: boolean; align?: Align };

/** A ruled table with the headings repeated on every page, as the PDF tables. */
export function docxTable(columns: readonly DocxColumn[], rows: readonly DocxCell[][], options: { fontSize?: number; empty?: string } = {}): Table {
  const size = options.fontSize ?? 9;
  const weights = columns.reduce((sum, column) => sum + column.weight, 0);
  const share = (from: number, span: number) => Math.round((columns.slice(from, from + span).reduce((sum, c) => sum + c.weight, 0) / weights) * 100);
  const cell = (content: DocxCell, column: number, header: boolean) => {
    const spec = typeof content === "string" ? { text: content } : content;
    const span = spec.span ?? 1;
    return {
      span,
      cell: new TableCell({
        columnSpan: span > 1 ? span : undefined,
        width: { size: share(column, span), type: WidthType.PERCENTAGE },
        shading: header ? { fill: "E2E8F0" } : undefined,
        // On each cell as well as the table: LibreOffice draws no table-level borders.
        borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
        margins: { top: 40, bottom: 40, left: 60, right: 60 },
        // One paragraph per line, as the PDF table breaks a cell's text at "\n".
        children: spec.text.split("\n").map((line) => paragraph(line, { size, bold: header || spec.bold, align: header ? "center" : (spec.align ?? columns[column]?.align ?? "left") })),
      }),
    };
  };
  const row = (cells: readonly DocxCell[], header: boolean) => {
    let column = 0;
    const children = cells.map((content) => {
      const placed = cell(content, column, header);
      column += placed.span;
      return placed.cell;
    });
    return new TableRow({ tableHeader: header, cantSplit: true, children });
  };
  const body = rows.length > 0 || !options.empty ? rows : [[{ text: options.empty, span: columns.length, align: "center" as const }]];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [row(columns.map((column) => column.header), true), ...body.map((cells) => row(cells, false))],
  });
}

/** "Hari, tanggal : Senin, …" lines as a borderless table, so values wrap in their own column. */
export function docxFields(entries: readonly (readonly [label: string, value: string])[], options: { labelShare?: number; indent?: boolean } = {}): Table {
  const label = options.labelShare ?? 22;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: entries.map(([name, value]) =>
      new TableRow({
        children: [
          new TableCell({ width: { size: label, type: WidthType.PERCENTAGE }, children: [paragraph(name)] }),
          new TableCell({ width: { size: 3, type: WidthType.PERCENTAGE }, children: [paragraph(":")] }),
          new TableCell({ width: { size: 100 - label - 3, type: WidthType.PERCENTAGE }, children: value.split("\n").map((line) => paragraph(line)) }),
        ],
      }),
    ),
  });
}

/** The sign-off in the right half of the page, as on the PDF. */
export function docxSignOff(signOff: SignOff): Table {
  const t = documentTexts("documents.signOff");
  const lines = [signOff.placeAndDate, ...signOff.roleLines].filter((line): line is string => Boolean(line)).map((line, i) => paragraph(line, { align: "center", before: i === 0 ? 12 : 0 }));
  const space = signOff.image
    ? new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: "png", data: signOff.image, transformation: { width: 150, height: 60 } })] })
    : paragraph("", { after: 44 });
  const block = [...lines, space, paragraph(signOff.name, { bold: true, underline: true, align: "center" })];
  if (signOff.nip) block.push(paragraph(t("nip", { nip: signOff.nip }), { align: "center" }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({})] }), new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: block })] })],
  });
}
