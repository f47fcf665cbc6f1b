/**
 * What the reader makes of one cell text — its label, column role, header label, kind of line, title or
 * not — worked out once per distinct text. Workbooks repeat the same labels, unit lines and footers in
 * every table, and the reader asks several of these questions of each cell: SheetGrid keeps one record
 * per filled cell, so every later answer is a field read instead of a look-up by text.
 */
import type { CellValue, IndicatorColumn } from "../types";
import {
  FIELD_LABEL,
  FOOTER_ROW,
  SEAL_ONLY,
  SIGNATURE_ROW,
  HEADER_LABELS,
  PROGRESS_COLUMN,
  INDICATOR_COLUMNS,
  MONEY_UNIT_LINE,
  PLACEHOLDER_NAME,
  SUMMARY_ROW,
  type HeaderRole,
  type MoneyUnit,
} from "../locale/zh/reader";
import { LEVEL1, LEVEL2, LEVEL_NOTE } from "../locale/zh/levels";
import { foldTraditional } from "../locale/zh/traditional";
import { isFormName, isTitleText, lookup } from "./lookup";
import { normalizeLabel, plainText, toHalfWidth, type NormalizedLabel } from "./text";

/** A header-block label a text makes: its role, bracketed hints, and a value written after it ("项目名称：X"). */
export interface HeaderLabel {
  role: HeaderRole;
  hints: string[];
  /** "项目名称：办公用品采购" — the value written in the label cell itself. */
  inline?: string;
  /** "填报单位(盖章): 单位负责人:谭呈祥": the label's value was left blank in its own cell; none is looked for elsewhere. */
  blank?: true;
}

/**
 * What a text says besides a label: a money unit (单位：万元 …), a unit line of its own, a year line, a form's year line
 * left blank.
 */
interface LineKind {
  unit: MoneyUnit | null;
  unitLine: boolean;
  year: number | null;
  /** "( 年度)", "（    年）": the year line of a form left blank (no year, and no unit's name either). */
  blankYear: boolean;
}

/**
 * "label: value" in one cell. A leading "其中:" belongs to the label ("其中:一般公共预算:952.22", 祁东 2024): the
 * label is what follows it, not the bare 其中.
 */
const INLINE_LABEL = /^((?:其中[:：]\s*)?[^:：]{1,16})[:：]\s*(\S[\s\S]*)$/;
/** A money label glued to its amount, no colon: "总额10606.7522万元". */
const GLUED_AMOUNT = /^([^\d:：]{1,12}?)\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元|万)[\s\S]*)$/;
const MONEY_UNIT_ANYWHERE = /(?:金额|资金)?单位[:：]\s*(万元|亿元|元)/;
/** "（2024年度）", "(2024年)", "（2024年1-7月）" on a line of its own. */
const YEAR_LINE = /^[(（]?(20\d{2})年(度|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月份?)?[)）]?$/;
/** "( 年度)", "（    年）" without spaces: the year line of a form left blank. */
const BLANK_YEAR_LINE = /^[(（]?年度?[)）]?$/;

/** Labels that start a new table's header block; an indicator block stops at them. */
const TABLE_START_ROLES = new Set<HeaderRole>([
  "code",
  "name",
  "department",
  "budget",
  "budgetFinal",
  "budgetStart",
  "schedule",
  "goal",
  "purpose",
  "moneyBlock",
]);

/** A summary word standing alone in any cell of a row ("其他需要说明事项 | 无 | 总分 | 100 | 96"). */
const SUMMARY_CELL = /^(总分|合计|总计|得分合计)$/;

/** What a row's first cell says of the indicator block above it: a summary row, its end, or neither. */
type BlockStop = "summary" | "end" | null;

/** What a text in the name column may be besides an indicator's name (its spaces ignored). */
interface NameKind {
  /** "……", "指标1：": a template's placeholder row. */
  placeholder: boolean;
  /** 质量指标 alone: a 二级 category row of a template. */
  category: boolean;
  /** 产出指标 alone: a 一级 (with 二级, the levels of a list that writes them as rows, 宁夏 石嘴山 批复表). */
  level1: boolean;
}

const SPACES = /\s+/g;
/** The star marking a required field, before or after a label (*指标值, 年度指标值*). */
const REQUIRED_STAR = /^[*＊]+|[*＊]+$/g;
/** A label's trailing colon (目标名称：): punctuation, not part of the name a message or a table's name quotes. */
const TRAILING_COLON = /[:：]+$/;

/** Not worked out yet (null is an answer). */
const UNSET = undefined;

export class CellText {
  private labelOf: NormalizedLabel | undefined = UNSET;
  private compactOf: string | undefined = UNSET;
  private columnOf: IndicatorColumn | null | undefined = UNSET;
  private headerRoleOf: HeaderRole | null | undefined = UNSET;
  private headerLabelOf: HeaderLabel | null | undefined = UNSET;
  private lineOf: LineKind | undefined = UNSET;
  private titleOf: boolean | undefined = UNSET;
  private stopOf: BlockStop | undefined = UNSET;
  private summaryWordOf: boolean | undefined = UNSET;
  private nameOf: NameKind | undefined = UNSET;
  private mentionsOf: boolean | undefined = UNSET;
  private progressOf: boolean | undefined = UNSET;
  private fieldLabelOf: boolean | undefined = UNSET;
  private formNameOf: boolean | undefined = UNSET;
  private labelTextOf: string | undefined = UNSET;

  /** The trimmed text ("" for an empty cell). */
  constructor(readonly text: string) {}

  /** Normalised for vocabulary look-ups (do not mutate). */
  get label(): NormalizedLabel {
    return (this.labelOf ??= normalizeLabel(this.text));
  }

  /** Half-width, in simplified characters, without spaces (for patterns on the whole cell text). */
  get compact(): string {
    return (this.compactOf ??= foldTraditional(toHalfWidth(this.text)).replace(/\s+/g, ""));
  }

  /**
   * The text as a label written, without the spaces and line breaks a unit lays it out with (指 标 值, 三级\n指标), the
   * star marking a required field (年度指标值*) nor a trailing colon (目标名称：): for the patterns on column labels
   * (调整, 半年) and the messages and tables' names quoting one. Every header reads each of its labels so: once per
   * text, not per header.
   */
  get labelText(): string {
    return (this.labelTextOf ??= this.text.replace(SPACES, "").replace(REQUIRED_STAR, "").replace(TRAILING_COLON, ""));
  }

  /** The indicator column the text names (三级指标 → name, 指标值 → target …), or null. */
  get column(): IndicatorColumn | null {
    if (this.columnOf === UNSET) this.columnOf = lookup(INDICATOR_COLUMNS, this.label.key);
    return this.columnOf;
  }

  /** The header-block role of the whole text as a label (项目名称 → name …), or null. */
  get headerRole(): HeaderRole | null {
    if (this.headerRoleOf === UNSET) this.headerRoleOf = lookup(HEADER_LABELS, this.label.key);
    return this.headerRoleOf;
  }

  /** The header-block label the text makes, also with its value written after it; null for a unit line. */
  get headerLabel(): HeaderLabel | null {
    if (this.headerLabelOf === UNSET) this.headerLabelOf = headerLabelOf(this);
    return this.headerLabelOf;
  }

  get line(): LineKind {
    return (this.lineOf ??= lineKindOf(this));
  }

  /** A title line: "1.办公用品采购绩效目标表". */
  get isTitle(): boolean {
    return (this.titleOf ??= isTitleText(this.label.key, this.text));
  }

  /** As a row's first cell under indicators: a summary (合计 / 总分 …), the end (a footer, a title, a label that
   * starts a table's header block), or null. */
  get blockStop(): BlockStop {
    if (this.stopOf === UNSET) this.stopOf = blockStopOf(this);
    return this.stopOf;
  }

  /**
   * Mentions 指标, as nearly every name-column label does (三级指标, 指标名称 …), or is the bare 三级 of the 山东 form
   * (一级 | 二级 | 三级 | 年度数值) or the 绩效内容 of 宁德's (评价内容 | 绩效内容 | 绩效目标值): asked of every cell of a sheet.
   */
  get mentionsIndicator(): boolean {
    return (this.mentionsOf ??= this.compact.includes("指标") || /^(三级|绩效内容)$/.test(this.label.key));
  }

  /** A progress column's label (执行率, 序时进度 …): not a checkpoint of the schedule. */
  get isProgressColumn(): boolean {
    return (this.progressOf ??= PROGRESS_COLUMN.test(this.label.key));
  }

  /** A field label of a form that is no role of ours (负责人, 联系电话 …): a label, not a value (locale FIELD_LABEL). */
  get isFieldLabel(): boolean {
    return (this.fieldLabelOf ??= FIELD_LABEL.test(this.label.key));
  }

  /** A form's name without 表 (…绩效自评): a title only alone on its row (lookup.ts isFormName). */
  get isFormName(): boolean {
    return (this.formNameOf ??= isFormName(this.label.key, this.text));
  }

  /** As the text of an indicator row's name column. */
  get asName(): NameKind {
    return (this.nameOf ??= nameKindOf(this.text));
  }

  /** 总分 / 合计 … alone in a cell: the row is a summary wherever it stands. */
  get isSummaryWord(): boolean {
    return (this.summaryWordOf ??= SUMMARY_CELL.test(this.label.key));
  }
}

function nameKindOf(text: string): NameKind {
  const compact = text.replace(/\s+/g, "");
  // A level may carry a note of the system's: 成本指标(必填硬性指标), 时效指标(必填).
  const level = compact.replace(LEVEL_NOTE, "");
  return { placeholder: PLACEHOLDER_NAME.test(compact), category: LEVEL2.test(level), level1: LEVEL1.test(level) };
}

function blockStopOf(cell: CellText): BlockStop {
  if (SUMMARY_ROW.test(cell.label.key)) return "summary";
  if (FOOTER_ROW.test(cell.compact) || SIGNATURE_ROW.test(cell.compact) || cell.isTitle) return "end";
  const role = cell.headerRole;
  return role && TABLE_START_ROLES.has(role) ? "end" : null;
}

function headerLabelOf(cell: CellText): HeaderLabel | null {
  if (cell.line.unitLine) return null;
  const role = cell.headerRole;
  if (role) return { role, hints: cell.label.hints };
  const text = toHalfWidth(cell.text).trim();
  const inline = INLINE_LABEL.exec(text) ?? GLUED_AMOUNT.exec(text);
  if (inline) {
    const part = normalizeLabel(inline[1]);
    const inlineRole = lookup(HEADER_LABELS, part.key);
    if (inlineRole) {
      const own = ownValue(inline[2].trim());
      return own && !SEAL_ONLY.test(own)
        ? { role: inlineRole, hints: part.hints, inline: own }
        : { role: inlineRole, hints: part.hints, blank: true };
    }
  }
  return null;
}

/**
 * A second "label: value" after a space in the same cell ("单位名称:襄阳市中心医院 填报日期:2022年3月18日"), or
 * right after the first label left blank ("填报单位(盖章): 单位负责人:谭呈祥": no unit written).
 */
const NEXT_INLINE_LABEL = /(?:^|\s+)([^\s:：]{2,8})[:：]/;

/** An inline value up to the next known label written after it in the same cell. */
function ownValue(rest: string): string {
  const next = NEXT_INLINE_LABEL.exec(rest);
  if (!next) return rest;
  const known = lookup(HEADER_LABELS, normalizeLabel(next[1]).key) !== null || FOOTER_ROW.test(next[1]);
  return known ? rest.slice(0, next.index) : rest;
}

function lineKindOf(cell: CellText): LineKind {
  const unit = cell.text.length <= 60 ? MONEY_UNIT_ANYWHERE.exec(toHalfWidth(cell.text)) : null;
  const year = YEAR_LINE.exec(cell.compact);
  return {
    unit: unit ? (unit[1] as MoneyUnit) : null,
    unitLine: MONEY_UNIT_LINE.test(cell.compact),
    year: year ? Number(year[1]) : null,
    blankYear: BLANK_YEAR_LINE.test(cell.compact),
  };
}

export const EMPTY_TEXT = new CellText("");

/**
 * What a row's reader asks of every filled cell of it, as bits a grid ORs together per row (SheetGrid.rowHas): a row
 * without the bit needs no walk over its cells. Only answers every sheet's scan works out for nearly every text anyway
 * (the column label of each cell of each row without one), so numbering a text works out nothing a read would not.
 */
export const COLUMN_LABEL = 1;
/** 总分 / 合计 … alone in a cell (CellText.isSummaryWord). */
export const SUMMARY_WORD = 2;
/** A title line's text (CellText.isTitle: a word of TITLE_WORDS first, most texts answered by it). */
export const TITLE = 4;

function rowBitsOf(cell: CellText): number {
  return (
    (cell.column !== null ? COLUMN_LABEL : 0) | (cell.isSummaryWord ? SUMMARY_WORD : 0) | (cell.isTitle ? TITLE : 0)
  );
}

/** Records made before the shared table starts afresh (a huge workbook, or a long session, cannot grow it). */
const TABLE_LIMIT = 50_000;

/**
 * One record per distinct stored value (numbers and texts alike), numbered: a grid keeps each cell's number
 * in a typed array and reads the record from `records`, so reading a sheet fills no array of its own. Ids
 * are never reused: when the table is full a new one starts, and grids read before keep the one they used.
 */
class TextTable {
  /** Records by id; 0 is EMPTY_TEXT (shared: do not modify). */
  readonly records: CellText[] = [EMPTY_TEXT];
  /** Per id, the record's row bits (COLUMN_LABEL, SUMMARY_WORD, TITLE): small integers, read per cell as a grid is built. */
  readonly rowBits: number[] = [0];
  private readonly ids = new Map<string | number | boolean, number>();

  /** The id of a stored value's record (0 for an empty or blank cell). An error value is keyed by its text. */
  idOf(value: CellValue): number {
    if (value === null || value === undefined || value === "") return 0;
    const key = typeof value === "object" ? plainText(value) : value;
    let id = this.ids.get(key);
    if (id === undefined) {
      const text = plainText(key);
      if (text === "") id = 0;
      else {
        const record = new CellText(text);
        id = this.records.push(record) - 1;
        // A number (digits, a point, a sign, an exponent) is no column label, summary word nor title, each of which
        // asks for Chinese words: its label is not worked out for them here, only if a reader asks (the bench's first
        // check works out 3,110 labels instead of 3,590; docs/performance.md, session 69).
        this.rowBits.push(typeof key === "number" ? 0 : rowBitsOf(record));
      }
      this.ids.set(key, id);
    }
    return id;
  }
}

let shared = new TextTable();

/** The table to number a sheet's values with (one table for the whole sheet: it never starts afresh mid-sheet). */
export function textTable(): TextTable {
  if (shared.records.length >= TABLE_LIMIT) shared = new TextTable();
  return shared;
}

/** The record of a stored cell value (EMPTY_TEXT for empty and blank cells). */
export function cellTextOf(value: CellValue): CellText {
  const table = textTable();
  return table.records[table.idOf(value)];
}
